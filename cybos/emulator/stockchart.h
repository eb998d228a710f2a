#pragma once
// CpSysDib.StockChart: price history with Continue paging (cybos-api.md §4).
//
// GetDataValue(pos, row): pos is the position in the ASCENDING list of the requested field
// ids (not the request order), row 0 is the newest bar. While Continue is 1, calling
// BlockRequest()/Request() again without touching the inputs returns the next, older page;
// each page costs one request. A page holds at most floor(20000 / #fields) − 1 rows (CHM +
// KOA). Count mode ('2') stops a page at the count, yet Continue stays 1 while older rows
// exist (CDR). Period mode ('1') works for daily, weekly and minute charts; monthly charts
// ignore the dates (AKX); tick charts refuse it (GetDibStatus -1; untested anywhere, U).
#include "chartcursor.h"
#include "requestobject.h"
#include "stockfacts.h"
#include <memory>

namespace cybos::emu {

class StockChart : public RequestObject
{
    Q_OBJECT
public:
    StockChart(const QString &progId, EmuContext *context);
    ~StockChart() override;

    static int pageRows(int fieldCount) { return 20'000 / fieldCount - 1; }

protected:
    QString inputError() const override;
    void answer() override;
    QVariant headerValue(int index) const override;
    QVariant dataValue(int type, int index) const override;
    bool readProperty(const QString &name, QVariant &result) override;
    void inputChanged(int index) override;

private:
    QString parse(ChartQuery &query, QList<int> &fields) const;
    bool start();
    void clearReply();

    QList<int> m_fields; // ascending, unique
    std::unique_ptr<ChartCursor> m_cursor;
    std::vector<ChartRow> m_rows;
    const ListedStock *m_stock = nullptr;
    int m_wanted = 0; // rows of the count still to serve; 0: no limit (period mode, count reached)
    StockFacts m_facts;
    QVariantList m_headers;
    bool m_continue = false;
};

} // namespace cybos::emu
