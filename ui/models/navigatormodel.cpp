// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigatormodel.h"

#include "paperclipicon.h"

#include "session/assessmentsession.h"

namespace wgll {

namespace {
// internalId 0 marks a measure row; a statement row carries its measure's row + 1.
constexpr quintptr MeasureMarker = 0;
} // namespace

NavigatorModel::NavigatorModel(AssessmentSession &session, QObject *parent)
    : QAbstractItemModel(parent), m_session(session)
{
    connect(&m_session, &AssessmentSession::answerChanged, this, &NavigatorModel::statementChanged);
    // Evidence counts, and (with a new default target) every gap, can change at once.
    connect(&m_session, &AssessmentSession::evidenceChanged, this, &NavigatorModel::everythingChanged);
    connect(&m_session, &AssessmentSession::detailsChanged, this, &NavigatorModel::everythingChanged);
}

void NavigatorModel::everythingChanged()
{
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int m = 0; m < rowCount(); ++m) {
        const QModelIndex measure = index(m, 0);
        Q_EMIT dataChanged(index(0, 0, measure), index(rowCount(measure) - 1, ColumnCount - 1, measure));
    }
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, MeasureMarker);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == MeasureMarker)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, MeasureMarker);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    const QList<Measure> &measures = m_session.framework().measures;
    if (!parent.isValid())
        return static_cast<int>(measures.size());
    if (parent.internalId() != MeasureMarker || parent.column() != 0)
        return 0;
    return static_cast<int>(measures.at(parent.row()).indicators.size());
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == MeasureMarker)
        return measureData(index.row(), index.column(), role);
    return statementData(static_cast<int>(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant NavigatorModel::measureData(int measure, int column, int role) const
{
    const Measure &m = m_session.framework().measures.at(measure);
    const MeasureResult *r = m_session.scorecard().measure(m.id);
    switch (role) {
    case Qt::DisplayRole:
        if (column == StatementColumn)
            return QString(m.id + u"  " + m.title);
        if (column == ScoreColumn)
            return formatScore(r->score);
        if (column == EvidenceColumn) {
            int n = 0;
            for (const Indicator &i : m.indicators)
                n += m_session.evidenceCount(i.id);
            return n;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1: %2 of %3 statements scored, %4 N/A; score %5, target %6")
            .arg(m.title)
            .arg(r->scored)
            .arg(r->total)
            .arg(r->notApplicable)
            .arg(formatScore(r->score), formatScore(r->target));
    case Qt::AccessibleTextRole:
        return tr("Measure %1, %2, score %3, %4 of %5 scored")
            .arg(m.id, m.title, formatScore(r->score))
            .arg(r->scored + r->notApplicable)
            .arg(r->total);
    case IdRole:
        return m.id;
    case IsMeasureRole:
        return true;
    case Qt::TextAlignmentRole:
        return column == StatementColumn ? QVariant() : QVariant(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant NavigatorModel::statementData(int measure, int row, int column, int role) const
{
    const Indicator &i = m_session.framework().measures.at(measure).indicators.at(row);
    const IndicatorResult *r = m_session.scorecard().indicator(i.id);
    const QString chip = r->notApplicable ? tr("N/A")
                         : r->score       ? QString::number(*r->score)
                                          : QStringLiteral("–");
    switch (role) {
    case Qt::DisplayRole:
        if (column == StatementColumn)
            return QString(i.id + u"  " + i.text);
        if (column == ScoreColumn)
            return chip;
        if (column == EvidenceColumn)
            return m_session.evidenceCount(i.id);
        return {};
    case Qt::ToolTipRole:
        return QString(i.id + u": " + i.text);
    case Qt::AccessibleTextRole:
        return tr("Statement %1, %2")
            .arg(i.id, r->notApplicable ? tr("not applicable")
                       : r->score       ? tr("scored %1").arg(*r->score)
                                        : tr("not scored"));
    case IdRole:
        return i.id;
    case IsMeasureRole:
        return false;
    case IsScoredRole:
        return r->isScored();
    case IsNotApplicableRole:
        return r->notApplicable;
    case HasGapRole:
        return r->gap.value_or(0) > 0;
    case Qt::TextAlignmentRole:
        return column == StatementColumn ? QVariant() : QVariant(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // The evidence column is headed by a paperclip: its counts are a digit wide and the word
    // took the statements' room. Its name stays for tooltips and screen readers.
    const bool evidence = section == EvidenceColumn;
    switch (role) {
    case Qt::DisplayRole:
        return section == StatementColumn ? tr("Statement") : section == ScoreColumn ? tr("Score") : QVariant();
    case Qt::DecorationRole:
        return evidence ? QVariant(paperclipIcon()) : QVariant();
    case Qt::ToolTipRole:
        return evidence ? tr("Evidence: how many items are attached") : QVariant();
    case Qt::AccessibleTextRole:
        return evidence ? tr("Evidence") : QVariant();
    default:
        return {};
    }
}

QModelIndex NavigatorModel::indexOf(const QString &id) const
{
    const QList<Measure> &measures = m_session.framework().measures;
    for (int m = 0; m < measures.size(); ++m) {
        if (measures[m].id == id)
            return index(m, 0);
        for (int s = 0; s < measures[m].indicators.size(); ++s) {
            if (measures[m].indicators[s].id == id)
                return index(s, 0, index(m, 0));
        }
    }
    return {};
}

void NavigatorModel::statementChanged(const QString &indicator)
{
    const QModelIndex statement = indexOf(indicator);
    if (!statement.isValid())
        return;
    Q_EMIT dataChanged(statement, statement.siblingAtColumn(ColumnCount - 1));
    const QModelIndex measure = statement.parent();
    Q_EMIT dataChanged(measure, measure.siblingAtColumn(ColumnCount - 1));
}

NavigatorFilter::NavigatorFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true); // a measure stays while any statement matches
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void NavigatorFilter::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

void NavigatorFilter::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool NavigatorFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (i.data(NavigatorModel::IsMeasureRole).toBool())
        return m_show == Show::All && m_search.isEmpty(); // otherwise shown through its statements
    bool wanted = true;
    switch (m_show) {
    case Show::All:
        break;
    case Show::Unscored:
        wanted = !i.data(NavigatorModel::IsScoredRole).toBool() &&
                 !i.data(NavigatorModel::IsNotApplicableRole).toBool();
        break;
    case Show::NotApplicable:
        wanted = i.data(NavigatorModel::IsNotApplicableRole).toBool();
        break;
    case Show::HasGap:
        wanted = i.data(NavigatorModel::HasGapRole).toBool();
        break;
    }
    return wanted && (m_search.isEmpty() || i.data().toString().contains(m_search, Qt::CaseInsensitive));
}

} // namespace wgll
