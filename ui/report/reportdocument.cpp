#include "reportdocument.h"

#include "items/itemroles.h"
#include "widgets/widgetexport.h"

#include <QAbstractItemModel>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>
#include <QWidget>

namespace goodwill::ui::report {
namespace {

// QTextDocument lays out in pixels of a 96 dpi page.
constexpr double layoutDpi = 96.0;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString imageUrl(qsizetype index)
{
    return QStringLiteral("report-image://%1").arg(index);
}

QString cell(const QString &tag, const QString &text, bool right)
{
    return QStringLiteral("<%1 align=\"%2\">%3</%1>")
        .arg(tag, right ? QStringLiteral("right") : QStringLiteral("left"), escaped(text));
}

QString tableHtml(const QStringList &headers, const QList<QStringList> &rows,
                  const QList<bool> &rightAligned, const QString &caption, const QString &note)
{
    QString html;
    if (!caption.isEmpty())
        html += QStringLiteral("<p class=\"caption\">%1</p>").arg(escaped(caption));
    html += QStringLiteral("<table class=\"figures\" width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"4\" border=\"1\"><thead><tr>");
    for (qsizetype column = 0; column < headers.size(); ++column)
        html += cell(QStringLiteral("th"), headers[column], rightAligned.value(column));
    html += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype column = 0; column < headers.size(); ++column)
            html += cell(QStringLiteral("td"), row.value(column), rightAligned.value(column));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table>");
    if (!note.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(note));
    return html;
}

const QString styleSheet = QStringLiteral(
    "body { color: #1d232b; }"
    "h1 { font-size: 20pt; color: #12355b; margin-bottom: 2pt; }"
    "h2 { font-size: 14pt; color: #12355b; margin-top: 16pt; margin-bottom: 4pt; }"
    "h3 { font-size: 11pt; color: #1d232b; margin-top: 10pt; margin-bottom: 3pt; }"
    "p.subtitle { font-size: 11pt; color: #56606b; margin-top: 0; }"
    "p.caption { font-weight: bold; margin-top: 8pt; margin-bottom: 3pt; }"
    "p.note { font-size: 8pt; color: #56606b; margin-top: 2pt; }"
    "table.figures { border-color: #b8c0c8; border-style: solid; border-collapse: collapse; }"
    "th { background-color: #e8edf2; font-weight: bold; white-space: nowrap; }");

// The document laid out from `html`. Ligatures ("fi" as one glyph) would make the PDF's text
// hard to search and copy, so Latin text is set without shaping features.
void fill(QTextDocument &document, const QString &html)
{
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    document.setDefaultStyleSheet(styleSheet);
    document.setHtml(html);
    QTextCharFormat plain;
    plain.setFontStyleStrategy(QFont::PreferNoShaping);
    QTextCursor cursor(&document);
    cursor.select(QTextCursor::Document);
    cursor.mergeCharFormat(plain);
}

} // namespace

ReportDocument::ReportDocument(const QString &title, const QString &subtitle)
    : m_title(title), m_subtitle(subtitle)
{}

void ReportDocument::addHeading(const QString &text)
{
    m_blocks.append(QStringLiteral("<h2>%1</h2>").arg(escaped(text)));
}

void ReportDocument::addSubheading(const QString &text)
{
    m_blocks.append(QStringLiteral("<h3>%1</h3>").arg(escaped(text)));
}

void ReportDocument::addParagraph(const QString &text)
{
    m_blocks.append(QStringLiteral("<p>%1</p>").arg(escaped(text)));
}

void ReportDocument::addBullets(const QStringList &items)
{
    if (items.isEmpty())
        return;
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(escaped(item));
    m_blocks.append(html + QStringLiteral("</ul>"));
}

void ReportDocument::addTable(const QAbstractItemModel &model, const QString &caption, int maxRows)
{
    const int columns = model.columnCount();
    const int rowCount = model.rowCount();
    const int shown = maxRows < 0 ? rowCount : std::min(rowCount, maxRows);
    QStringList headers;
    QList<bool> right;
    for (int column = 0; column < columns; ++column) {
        headers.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        right.append(false);
    }
    QList<QStringList> rows;
    for (int row = 0; row < shown; ++row) {
        QStringList cells;
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model.index(row, column);
            if (index.data(items::SuppressedRole).toBool()) {
                cells.append(QStringLiteral("—"));
                continue;
            }
            cells.append(index.data(Qt::DisplayRole).toString());
            const int alignment = index.data(Qt::TextAlignmentRole).toInt();
            if (row == 0)
                right[column] = (alignment & Qt::AlignRight) != 0;
        }
        rows.append(cells);
    }
    const QString note = shown < rowCount
                             ? tr("%1 more rows are not shown (the CSV export has them all).")
                                   .arg(QLocale().toString(rowCount - shown))
                             : QString();
    m_blocks.append(tableHtml(headers, rows, right, caption, note));
}

void ReportDocument::addTable(const QStringList &headers, const QList<QStringList> &rows,
                              const QString &caption)
{
    m_blocks.append(tableHtml(headers, rows, {}, caption, {}));
}

void ReportDocument::addImage(const QImage &image, const QString &caption, double widthMm)
{
    if (image.isNull())
        return;
    const qsizetype index = m_images.size();
    m_images.append(image);
    const double width = widthMm / 25.4 * layoutDpi;
    const double height = width * image.height() / std::max(1, image.width());
    QString html;
    if (!caption.isEmpty())
        html += QStringLiteral("<p class=\"caption\">%1</p>").arg(escaped(caption));
    html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                .arg(imageUrl(index))
                .arg(qRound(width))
                .arg(qRound(height));
    m_blocks.append(html);
}

void ReportDocument::addWidget(QWidget &widget, const QString &caption, double widthMm)
{
    addImage(renderWidget(&widget, 3), caption, widthMm);
}

void ReportDocument::addPageBreak()
{
    m_blocks.append(QStringLiteral("<p style=\"page-break-after: always\"></p>"));
}

void ReportDocument::setProvenance(const ReportProvenance &provenance)
{
    m_provenance = provenance;
}

QString ReportDocument::html() const
{
    QString html = QStringLiteral("<html><body><h1>%1</h1>").arg(escaped(m_title));
    if (!m_subtitle.isEmpty())
        html += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(escaped(m_subtitle));
    html += m_blocks.join(QString());
    if (m_provenance) {
        const ReportProvenance &about = *m_provenance;
        const QLocale locale;
        html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                    .arg(escaped(tr("About this report")));
        QStringList lines = {
            tr("Generated: %1 (UTC) by %2")
                .arg(locale.toString(about.generatedAt.toTimeZone(QTimeZone::utc()),
                                     QLocale::ShortFormat),
                     about.application),
            tr("Database: %1").arg(QFileInfo(about.databasePath).fileName()),
        };
        lines += about.filters;
        lines.append(about.pseudonymised ? tr("Staff names: pseudonymised")
                                         : tr("Staff names: as recorded"));
        QString list = QStringLiteral("<ul>");
        for (const QString &line : std::as_const(lines))
            list += QStringLiteral("<li>%1</li>").arg(escaped(line));
        html += list + QStringLiteral("</ul>");
        QList<QStringList> rows;
        for (const ReportProvenance::Source &source : about.sources) {
            rows.append({source.name, source.platform, locale.toString(source.importRuns),
                         source.lastImport.isValid()
                             ? locale.toString(source.lastImport.toTimeZone(QTimeZone::utc()),
                                               QLocale::ShortFormat)
                             : tr("not recorded")});
        }
        html +=
            tableHtml({tr("Source"), tr("Platform"), tr("Import runs"), tr("Last import (UTC)")},
                      rows, {false, false, true, false}, tr("Sources"), {});
        html +=
            QStringLiteral("<p class=\"caption\">%1</p><p><tt>%2</tt></p><p class=\"note\">%3</p>")
                .arg(escaped(tr("SHA-256 of the data")), escaped(about.dataSha256),
                     escaped(tr("The hash covers every row the figures are computed from "
                                "(not the import log). A database with the same hash "
                                "gives the same report for the same filters.")));
    }
    return html + QStringLiteral("</body></html>");
}

QString ReportDocument::plainText() const
{
    QTextDocument document;
    fill(document, html());
    return document.toPlainText();
}

std::optional<QString> ReportDocument::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(300);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Goodwill"));
        QTextDocument document;
        for (qsizetype index = 0; index < m_images.size(); ++index)
            document.addResource(QTextDocument::ImageResource, QUrl(imageUrl(index)),
                                 m_images[index]);
        fill(document, html());
        // Not paginated: print() lays it out on the writer's pages with 2 cm margins and
        // prints each page's number at its foot.
        document.print(&writer);
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace goodwill::ui::report
