#include "evidenceinputsmodel.h"

#include "capitallabels.h"
#include "itemroles.h"

#include <QLocale>

#include <cmath>

namespace goodwill::items {

using analytics::EvidenceInput;
using Unit = EvidenceInput::Unit;

EvidenceInputsModel::EvidenceInputsModel(QObject *parent) : QAbstractTableModel(parent) {}

void EvidenceInputsModel::setInputs(std::vector<EvidenceInput> inputs)
{
    beginResetModel();
    m_inputs = std::move(inputs);
    endResetModel();
}

QString EvidenceInputsModel::nameOf(const EvidenceInput &input)
{
    if (!input.name.isEmpty())
        return input.name;
    if (!input.signal.isEmpty())
        return tr("%1 (%2)").arg(CapitalLabels::signalName(input.signal), input.signal);
    return CapitalLabels::pillarName(input.pillar);
}

QString EvidenceInputsModel::format(const EvidenceInput &input)
{
    const QLocale locale;
    if (input.unit == Unit::Text)
        return input.text;
    if (input.unit == Unit::Band)
        return input.value ? CapitalLabels::formatBand(input.value, input.high) : tr("none");
    if (!input.value)
        return tr("none");
    const double value = *input.value;
    switch (input.unit) {
    case Unit::Count:
        return locale.toString(qlonglong(std::llround(value)));
    case Unit::Number:
        return locale.toString(value, 'f', value == std::round(value) ? 0 : 2);
    case Unit::Share:
        return tr("%1%").arg(locale.toString(value * 100, 'f', 1));
    case Unit::Hours:
        return tr("%1 h").arg(locale.toString(value, 'f', 1));
    case Unit::Score:
        return CapitalLabels::formatScore(value);
    case Unit::SignalRaw:
        return CapitalLabels::formatRaw(input.signal, value);
    case Unit::Weight:
        return locale.toString(value, 'g', 3);
    case Unit::Band:
    case Unit::Text:
        break;
    }
    return {};
}

int EvidenceInputsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_inputs.size());
}

int EvidenceInputsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceInputsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvidenceInput &input = m_inputs[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return nameOf(input);
        case Value:
            return format(input);
        case Note:
            return input.note;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name && !input.signal.isEmpty() && input.name.isEmpty())
            return CapitalLabels::signalDescription(input.signal);
        return input.note.isEmpty() ? QVariant() : QVariant(input.note);
    case ValueRole:
        if (index.column() == Value && input.value && input.unit != Unit::Band)
            return *input.value;
        break;
    case SortRole:
        if (index.column() == Value && input.value)
            return *input.value;
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == Value)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant EvidenceInputsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Input");
    case Value:
        return tr("Value");
    case Note:
        return tr("How it is used");
    }
    return {};
}

} // namespace goodwill::items
