#include "privacychecks.h"

#include "analytics/figureevidence.h"
#include "items/capitalheatmapmodel.h"
#include "items/capitaltrendmodel.h"
#include "items/departmentsummarymodel.h"
#include "items/itemroles.h"
#include "items/pillarmodel.h"
#include "items/recognisedsharemodel.h"
#include "items/signaltablemodel.h"
#include "items/tablecsv.h"

#include <algorithm>
#include <cmath>

namespace goodwill::testing {

using analytics::ActivityDataset;
using analytics::CapitalPoint;
using analytics::DepartmentCapital;
using analytics::FigureRef;

namespace {

// How many violations are kept to print (GOODWILL_PRIVACY_SHOW overrides).
int keptViolations()
{
    bool ok = false;
    const int wanted = qEnvironmentVariableIntValue("GOODWILL_PRIVACY_SHOW", &ok);
    return ok ? wanted : 25;
}

} // namespace

bool PrivacyChecks::hasDigit(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// RFC 4180 as TableCsv writes it: comma, CRLF, quotes doubled.
QList<QStringList> PrivacyChecks::parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

namespace {

std::int32_t dayOf(QDate date)
{
    return ActivityDataset::dayOf(date);
}

} // namespace

void PrivacyChecks::setSnapshot(std::shared_ptr<const analytics::Snapshot> snapshot,
                                const QString &label)
{
    m_snapshot = std::move(snapshot);
    m_label = label;
    m_k = m_snapshot->sources.settings->k;
    m_kText = m_snapshot->sources.settings->kText;
    m_window = m_snapshot->sources.settings->windowDays;
}

void PrivacyChecks::violation(const QString &what)
{
    static const int kept = keptViolations();
    if (++m_count <= kept)
        m_violations << QStringLiteral("%1\n    %2").arg(m_label, what);
}

std::vector<std::int32_t> PrivacyChecks::selection() const
{
    return m_snapshot->filter.departments;
}

QString PrivacyChecks::departmentName(std::int32_t department) const
{
    if (department < 0)
        return QStringLiteral("the selection");
    return m_snapshot->sources.dataset->departments()[size_t(department)];
}

int PrivacyChecks::staffOf(const FigureGroup &group) const
{
    if (group.department >= 0)
        return m_oracle.staffOn(group.day)[size_t(group.department)];
    return m_oracle.staff(selection(), group.day);
}

int PrivacyChecks::authorsOf(const FigureGroup &group) const
{
    const analytics::ActivityScope &scope = m_snapshot->filter.scope;
    auto known = std::find(m_scopes.begin(), m_scopes.end(), scope);
    if (known == m_scopes.end())
        known = m_scopes.insert(m_scopes.end(), scope);
    const std::vector<std::int32_t> departments =
        group.department >= 0 ? std::vector<std::int32_t>{group.department} : selection();
    const auto key = std::make_tuple(size_t(known - m_scopes.begin()), departments, group.day);
    if (const auto found = m_authors.find(key); found != m_authors.end())
        return found->second;
    const int authors =
        m_oracle.writing(scope, departments, group.day - m_window + 1, group.day).authors;
    m_authors.emplace(key, authors);
    return authors;
}

bool PrivacyChecks::tooSmall(const FigureGroup &group, QString *why) const
{
    const QString on = ActivityDataset::dateOfDay(group.day).toString(Qt::ISODate);
    if (const int staff = staffOf(group); staff < m_k) {
        *why = QStringLiteral("%1 on %2 has %3 staff (k = %4)")
                   .arg(departmentName(group.department), on)
                   .arg(staff)
                   .arg(m_k);
        return true;
    }
    if (group.text) {
        if (const int authors = authorsOf(group); authors < m_kText) {
            *why = QStringLiteral("%1's tone in the window to %2 comes from %3 authors (k_text "
                                  "= %4)")
                       .arg(departmentName(group.department), on)
                       .arg(authors)
                       .arg(m_kText);
            return true;
        }
    }
    return false;
}

void PrivacyChecks::engineCapital()
{
    const auto &all = m_snapshot->capital;
    for (const DepartmentCapital &capital : all) {
        for (size_t p = 0; p < capital.trend.size(); ++p) {
            const CapitalPoint &point = capital.trend[p];
            ++m_tally.points;
            const FigureGroup group{capital.department, dayOf(point.end)};
            const QString where = QStringLiteral("engine: %1 on %2")
                                      .arg(capital.name, point.end.toString(Qt::ISODate));
            if (point.suppressed) {
                ++m_tally.hidden;
                bool empty = !point.headcount && !point.eci && !point.eciLow && !point.eciHigh;
                for (const auto &pillar : point.pillars)
                    empty = empty && !pillar.score && !pillar.low && !pillar.high;
                for (const auto &signal : point.signals)
                    empty = empty && signal.suppressed && !signal.raw && !signal.score &&
                            !signal.low && !signal.high && signal.denominator == 0;
                if (!empty)
                    violation(where + QStringLiteral(": hidden, but a figure left the engine"));
                continue;
            }
            int staff = staffOf(group);
            // A total may leave out hidden departments (then it is the sum of those shown).
            for (std::int32_t left : point.leftOut) {
                staff -= staffOf({left, group.day});
                const auto entry = std::find_if(
                    all.begin(), all.end(), [&](const auto &c) { return c.department == left; });
                if (entry == all.end() || !entry->trend[p].suppressed)
                    violation(where + QStringLiteral(": leaves out %1, which is shown")
                                          .arg(departmentName(left)));
            }
            if (!point.headcount || *point.headcount != staff)
                violation(where + QStringLiteral(": headcount %1, the roster says %2")
                                      .arg(point.headcount.value_or(-1))
                                      .arg(staff));
            QString why;
            if (tooSmall(group, &why))
                violation(where + QStringLiteral(": shown, but ") + why);
            const auto *tone = point.signal(QStringLiteral("T4"));
            if (tone && (tone->raw || tone->score) &&
                tooSmall({group.department, group.day, true}, &why))
                violation(where + QStringLiteral(": tone shown, but ") + why);
        }
    }
}

void PrivacyChecks::engineSubtraction()
{
    const auto &capital = m_snapshot->capital;
    if (capital.size() < 2 || capital.front().department != -1)
        return;
    const auto &total = capital.front().trend;
    for (size_t i = 0; i < total.size(); ++i) {
        const CapitalPoint &whole = total[i];
        if (whole.suppressed || !whole.headcount)
            continue;
        ++m_tally.totals;
        const std::int32_t day = dayOf(whole.end);
        const QString on = whole.end.toString(Qt::ISODate);
        // Staff and the additive event counts (the denominators of A1, T3 and F3) that the
        // total holds beyond the departments shown.
        int staff = *whole.headcount;
        QStringList hiddenNames, toneHiddenNames;
        std::vector<std::int32_t> toneHidden;
        const std::vector<QString> events = {QStringLiteral("A1"), QStringLiteral("T3"),
                                             QStringLiteral("F3")};
        // (Every point has every signal of the model; these are in the default one.)
        if (std::any_of(events.begin(), events.end(),
                        [&](const QString &id) { return !whole.signal(id); }) ||
            !whole.signal(QStringLiteral("T4")))
            continue;
        std::vector<double> eventsLeft;
        for (const QString &id : events)
            eventsLeft.push_back(whole.signal(id)->denominator);
        const auto *wholeTone = whole.signal(QStringLiteral("T4"));
        double toneMessagesLeft = wholeTone->denominator;
        for (size_t c = 1; c < capital.size(); ++c) {
            const CapitalPoint &point = capital[c].trend[i];
            const auto *tone = point.signal(QStringLiteral("T4"));
            if (tone->raw)
                toneMessagesLeft -= tone->denominator;
            else {
                toneHidden.push_back(capital[c].department);
                toneHiddenNames << capital[c].name;
            }
            if (point.suppressed) {
                hiddenNames << capital[c].name;
                continue;
            }
            staff -= *point.headcount;
            for (size_t e = 0; e < events.size(); ++e)
                eventsLeft[e] -= point.signal(events[e])->denominator;
        }
        if (!hiddenNames.isEmpty())
            ++m_tally.totalsWithHidden;
        // The oracle's staff of the departments shown: the total must be exactly that.
        int shownStaff = 0;
        for (size_t c = 1; c < capital.size(); ++c) {
            if (!capital[c].trend[i].suppressed)
                shownStaff += m_oracle.staffOn(day)[size_t(capital[c].department)];
        }
        if (*whole.headcount != shownStaff || staff != 0)
            violation(QStringLiteral("subtraction on %1: the total has %2 staff, the departments "
                                     "shown %3 by the roster; %4 left beyond them (hidden: %5)")
                          .arg(on)
                          .arg(*whole.headcount)
                          .arg(shownStaff)
                          .arg(staff)
                          .arg(hiddenNames.join(QStringLiteral(", "))));
        for (size_t e = 0; e < events.size(); ++e) {
            if (std::abs(eventsLeft[e]) > 0.5)
                violation(QStringLiteral("subtraction on %1: %2 events of %3 (the %4 "
                                         "denominator) are left of the total beyond the "
                                         "departments shown")
                              .arg(on)
                              .arg(eventsLeft[e])
                              .arg(hiddenNames.join(QStringLiteral(", ")), events[e]));
        }
        if (wholeTone->raw && toneMessagesLeft > 0.5) {
            const int authors =
                m_oracle.writing(m_snapshot->filter.scope, toneHidden, day - m_window + 1, day)
                    .authors;
            if (authors < m_kText)
                violation(QStringLiteral("subtraction on %1: the tone of %2 messages of %3 can be "
                                         "worked out from the total; %4 authors wrote them "
                                         "(k_text = %5)")
                              .arg(on)
                              .arg(toneMessagesLeft)
                              .arg(toneHiddenNames.join(QStringLiteral(", ")))
                              .arg(authors)
                              .arg(m_kText));
        }
    }
}

void PrivacyChecks::selectionDifference(const std::vector<DepartmentCapital> &larger,
                                        const std::vector<DepartmentCapital> &smaller,
                                        const analytics::ActivityScope &scope, int k, int window,
                                        const QString &label)
{
    m_label = label;
    if (larger.empty() || smaller.empty() || larger.front().department != -1 ||
        smaller.front().department != -1)
        return;
    const auto entryOf = [](const std::vector<DepartmentCapital> &all, std::int32_t department) {
        return std::find_if(all.begin(), all.end(),
                            [&](const DepartmentCapital &c) { return c.department == department; });
    };
    const auto &total1 = larger.front().trend;
    const auto &total2 = smaller.front().trend;
    for (size_t i = 0; i < total1.size() && i < total2.size(); ++i) {
        const CapitalPoint &t1 = total1[i];
        const CapitalPoint &t2 = total2[i];
        const QString on = t1.end.toString(Qt::ISODate);
        const std::int32_t day = dayOf(t1.end);
        std::vector<std::int32_t> shownOnlyIn1;
        QStringList names;
        bool hidden = false;
        for (size_t c = 1; c < larger.size(); ++c) {
            const DepartmentCapital &capital = larger[c];
            const CapitalPoint &point = capital.trend[i];
            const auto other = entryOf(smaller, capital.department);
            if (other != smaller.end()) {
                if (other->trend[i].suppressed != point.suppressed)
                    violation(QStringLiteral("selections on %1: %2 is hidden in one selection and "
                                             "shown in the other")
                                  .arg(on, capital.name));
                continue;
            }
            if (point.suppressed) {
                hidden = hidden || m_oracle.staffOn(day)[size_t(capital.department)] > 0;
                continue;
            }
            shownOnlyIn1.push_back(capital.department);
            names << capital.name;
        }
        // A hidden total shows nothing to subtract (and must be under k: engineCapital).
        if (t1.suppressed || t2.suppressed || !t1.headcount || !t2.headcount)
            continue;
        ++m_tally.pairs;
        m_tally.pairsWithHidden += hidden;
        int staff = 0;
        for (std::int32_t d : shownOnlyIn1)
            staff += m_oracle.staffOn(day)[size_t(d)];
        const int messages =
            shownOnlyIn1.empty()
                ? 0
                : m_oracle.writing(scope, shownOnlyIn1, day - window + 1, day).messages;
        const int staffApart = *t1.headcount - *t2.headcount;
        if (staffApart != staff)
            violation(QStringLiteral("selections on %1: the totals are %2 staff apart, the "
                                     "departments shown only in the larger (%3) have %4 (k = %5)")
                          .arg(on)
                          .arg(staffApart)
                          .arg(names.join(QStringLiteral(", ")))
                          .arg(staff)
                          .arg(k));
        const auto *f1 = t1.signal(QStringLiteral("F3"));
        const auto *f2 = t2.signal(QStringLiteral("F3"));
        if (f1 && f2 && std::abs(f1->denominator - f2->denominator - messages) > 0.5)
            violation(QStringLiteral("selections on %1: the totals are %2 staff posts and "
                                     "replies apart, the departments shown only in the larger "
                                     "(%3) wrote %4")
                          .arg(on)
                          .arg(f1->denominator - f2->denominator)
                          .arg(names.join(QStringLiteral(", ")))
                          .arg(messages));
    }
}

void PrivacyChecks::checkCells(const QAbstractItemModel &model, const Owner &owner,
                               const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const auto group = owner(row, column);
            if (!group)
                continue;
            ++m_tally.cells;
            const QModelIndex index = model.index(row, column);
            if (index.data(items::SuppressedRole).toBool())
                continue;
            const QVariant value = index.data(items::ValueRole);
            const bool shown = (value.isValid() && !value.isNull()) ||
                               hasDigit(index.data(Qt::DisplayRole).toString());
            QString why;
            if (shown && tooSmall(*group, &why))
                violation(QStringLiteral("%1 row %2 column %3 shows \"%4\", but %5")
                              .arg(name)
                              .arg(row)
                              .arg(column)
                              .arg(index.data(Qt::DisplayRole).toString(), why));
        }
    }
}

void PrivacyChecks::checkCsv(const QAbstractItemModel &model, const Owner &owner,
                             const QString &name)
{
    const QList<QStringList> rows = parseCsv(items::TableCsv::toCsv(model));
    if (rows.size() != model.rowCount() + 1) {
        violation(QStringLiteral("%1: the CSV has %2 lines for %3 rows")
                      .arg(name)
                      .arg(rows.size())
                      .arg(model.rowCount()));
        return;
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const auto group = owner(row, column);
            if (!group)
                continue;
            ++m_tally.csvCells;
            const QString field = rows[row + 1].value(column);
            const bool suppressed = model.index(row, column).data(items::SuppressedRole).toBool();
            QString why;
            if ((suppressed && !field.isEmpty()) || (hasDigit(field) && tooSmall(*group, &why)))
                violation(QStringLiteral("%1 CSV row %2 column %3 holds \"%4\"%5 %6")
                              .arg(name)
                              .arg(row)
                              .arg(column)
                              .arg(field,
                                   suppressed ? QStringLiteral(" for a hidden cell")
                                              : QStringLiteral(", but"),
                                   why));
        }
    }
}

void PrivacyChecks::departmentModels(std::mt19937 &random)
{
    const analytics::Snapshot &snapshot = *m_snapshot;
    if (snapshot.capital.empty() || snapshot.capital.front().trend.empty())
        return;
    std::vector<std::int32_t> series;
    for (const DepartmentCapital &capital : snapshot.capital)
        series.push_back(capital.department);
    const auto &ends = snapshot.capital.front().trend;
    const QDate lastEnd = ends.back().end;
    const QDate someEnd =
        ends[std::uniform_int_distribution<size_t>(0, ends.size() - 1)(random)].end;

    items::CapitalHeatmapModel heatmap;
    heatmap.setSnapshot(m_snapshot);
    checkModel(
        heatmap,
        [&](int row, int column) -> std::optional<FigureGroup> {
            if (column == 0)
                return std::nullopt;
            return FigureGroup{heatmap.departmentAt(row), dayOf(heatmap.dateAt(column))};
        },
        QStringLiteral("CapitalHeatmapModel"));

    items::DepartmentSummaryModel summary;
    summary.setSnapshot(m_snapshot);
    checkModel(
        summary,
        [&](int row, int column) -> std::optional<FigureGroup> {
            if (column == items::DepartmentSummaryModel::Name)
                return std::nullopt;
            return FigureGroup{summary.departmentAt(row), dayOf(snapshot.to)};
        },
        QStringLiteral("DepartmentSummaryModel"));
    for (int row = 0; row < summary.rowCount(); ++row) {
        const QVariantList points = summary.index(row, items::DepartmentSummaryModel::Trend)
                                        .data(items::SparklineRole)
                                        .toList();
        for (qsizetype i = 0; i < points.size() && size_t(i) < ends.size(); ++i) {
            QString why;
            ++m_tally.cells;
            if (points[i].isValid() &&
                tooSmall({summary.departmentAt(row), dayOf(ends[size_t(i)].end)}, &why))
                violation(QStringLiteral("DepartmentSummaryModel sparkline point: ") + why);
        }
    }

    items::CapitalTrendModel trend;
    trend.setSnapshot(m_snapshot);
    trend.setSeries(series);
    trend.setShowBands(true);
    for (const QString &measure :
         {items::CapitalTrendModel::Eci, QStringLiteral("authenticity"), QStringLiteral("pride"),
          QStringLiteral("attachment"), QStringLiteral("fun")}) {
        trend.setMeasure(measure);
        checkModel(
            trend,
            [&](int row, int column) -> std::optional<FigureGroup> {
                for (std::int32_t department : series) {
                    if (column == trend.valueColumn(department) ||
                        column == trend.lowColumn(department) ||
                        column == trend.highColumn(department))
                        return FigureGroup{department, dayOf(trend.dateAt(row))};
                }
                return std::nullopt;
            },
            QStringLiteral("CapitalTrendModel (%1)").arg(measure));
    }

    for (const QDate &end : {lastEnd, someEnd}) {
        items::PillarModel pillars;
        pillars.setSnapshot(m_snapshot);
        pillars.setDepartments(series);
        pillars.setPeriodEnd(end);
        checkModel(
            pillars,
            [&](int, int column) -> std::optional<FigureGroup> {
                if (column == 0)
                    return std::nullopt;
                return FigureGroup{pillars.departmentOfColumn(column), dayOf(pillars.periodEnd())};
            },
            QStringLiteral("PillarModel"));
        items::SignalTableModel signalTable;
        signalTable.setSnapshot(m_snapshot);
        signalTable.setPeriodEnd(end);
        for (std::int32_t department : series) {
            signalTable.setDepartment(department);
            checkModel(
                signalTable,
                [&](int row, int column) -> std::optional<FigureGroup> {
                    using S = items::SignalTableModel;
                    if (column != S::Raw && column != S::Score && column != S::Band &&
                        column != S::Denominator)
                        return std::nullopt;
                    return FigureGroup{department, dayOf(signalTable.periodEnd()),
                                       signalTable.signalAt(row) == QStringLiteral("T4")};
                },
                QStringLiteral("SignalTableModel (%1)").arg(departmentName(department)));
        }
    }

    items::RecognisedShareModel share;
    share.setSnapshot(m_snapshot, series);
    checkModel(
        share,
        [&](int row, int column) -> std::optional<FigureGroup> {
            if (column == 0 || size_t(column - 1) >= share.departments().size())
                return std::nullopt;
            return FigureGroup{share.departments()[size_t(column - 1)],
                               dayOf(ends[size_t(row)].end)};
        },
        QStringLiteral("RecognisedShareModel"));
}

void PrivacyChecks::evidence(std::mt19937 &random, int samples)
{
    const analytics::Snapshot &snapshot = *m_snapshot;
    if (snapshot.capital.empty() || snapshot.capital.front().trend.empty())
        return;
    const QStringList signalIds = {QStringLiteral("A1"), QStringLiteral("A3"),
                                   QStringLiteral("P1"), QStringLiteral("T1"),
                                   QStringLiteral("T4"), QStringLiteral("F2")};
    const QStringList pillarIds = {QStringLiteral("authenticity"), QStringLiteral("pride"),
                                   QStringLiteral("attachment"), QStringLiteral("fun")};
    for (int s = 0; s < samples; ++s) {
        const DepartmentCapital &capital = snapshot.capital[std::uniform_int_distribution<size_t>(
            0, snapshot.capital.size() - 1)(random)];
        const CapitalPoint &point =
            capital
                .trend[std::uniform_int_distribution<size_t>(0, capital.trend.size() - 1)(random)];
        FigureRef ref;
        ref.department = capital.department;
        ref.selection = snapshot.filter.departments;
        ref.to = point.end;
        switch (std::uniform_int_distribution<int>(0, 4)(random)) {
        case 0:
            ref.kind = FigureRef::Kind::Headcount;
            break;
        case 1:
            ref.kind = FigureRef::Kind::Eci;
            break;
        case 2:
            ref.kind = FigureRef::Kind::Pillar;
            ref.figure = pillarIds[std::uniform_int_distribution<int>(0, 3)(random)];
            break;
        case 3:
            ref.kind = FigureRef::Kind::Signal;
            ref.figure = signalIds[std::uniform_int_distribution<int>(0, 5)(random)];
            break;
        default:
            ref.kind = FigureRef::Kind::Signal;
            ref.figure = QStringLiteral("T4");
            break;
        }
        const bool text = ref.figure == QStringLiteral("T4");
        const auto evidence = analytics::FigureEvidence::compute(snapshot, ref);
        ++m_tally.evidence;
        const QString where = QStringLiteral("FigureEvidence %1 %2 of %3 on %4")
                                  .arg(int(ref.kind))
                                  .arg(ref.figure, capital.name, point.end.toString(Qt::ISODate));
        if (!evidence) {
            violation(where + QStringLiteral(": ") + evidence.error().message);
            continue;
        }
        if (evidence->suppressed) {
            if (!evidence->inputs.empty() || !evidence->items.empty() || evidence->value)
                violation(where + QStringLiteral(": hidden, but inputs or messages are listed"));
            continue;
        }
        const FigureGroup group{capital.department, dayOf(point.end), text};
        QString why;
        if (tooSmall({group.department, group.day}, &why))
            violation(where + QStringLiteral(": shown, but ") + why);
        else if (text && evidence->value && tooSmall(group, &why))
            violation(where + QStringLiteral(": tone shown, but ") + why);
        if (text && !evidence->items.empty()) {
            std::vector<std::int32_t> listed;
            for (const auto &item : evidence->items)
                listed.push_back(item.activity);
            const int authors = m_oracle.distinctAuthors(listed);
            if (evidence->messagesHidden ||
                (evidence->totalItems == int(evidence->items.size()) && authors < m_kText))
                violation(where + QStringLiteral(": %1 tone messages of %2 authors listed")
                                      .arg(evidence->items.size())
                                      .arg(authors));
        }
    }
}

} // namespace goodwill::testing
