#include "quotefilter.h"
#include "core/search/stockmatcher.h"
#include "quotemodel.h"
#include "stockdirectory.h"

namespace cybos {

QuoteFilter::QuoteFilter(const StockDirectory *directory, QObject *parent)
    : QSortFilterProxyModel(parent), m_directory(directory)
{
}

void QuoteFilter::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    invalidateFilter();
}

bool QuoteFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const StockMatcher matcher(m_query);
    if (matcher.isEmpty())
        return true;
    const QModelIndex code = sourceModel()->index(sourceRow, QuoteModel::Code, sourceParent);
    Stock row;
    row.code = code.data(QuoteModel::CodeRole).toString();
    if (const Stock *listed = m_directory ? m_directory->stock(row.code) : nullptr)
        row = *listed;
    else
        row.name = sourceModel()->index(sourceRow, QuoteModel::Name, sourceParent).data().toString();
    return matcher.match(row).has_value();
}

} // namespace cybos
