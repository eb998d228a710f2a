#pragma once
// The quote grid's filter: keeps the rows whose code matches what was typed the way the add
// box and GET /api/stocks?q= match it (core's StockMatcher: code, Korean or English name,
// initial consonants). The grid keeps the user's sort; an empty filter shows every row.
#include <QSortFilterProxyModel>

namespace cybos {

class StockDirectory;

class QuoteFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QuoteFilter(const StockDirectory *directory, QObject *parent = nullptr);

    QString query() const { return m_query; }

public Q_SLOTS:
    void setQuery(const QString &query);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const StockDirectory *m_directory;
    QString m_query;
};

} // namespace cybos
