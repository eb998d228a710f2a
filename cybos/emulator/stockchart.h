#pragma once
// CpSysDib.StockChart: price history with Continue paging (cybos-api.md §4).
//
// GetDataValue(pos, row): pos is the position in the ASCENDING list of the requested field
// ids (not the request order), row 0 is the newest bar. While Continue is 1, calling
// BlockRequest()/Request() again without touching the inputs returns the next, older page;
// each page costs one request. A page holds at most floor(20000 / #fields) − 1 rows (the
// 20,000-value constant and this rounding are an observation, U). Period mode (input 1 = '1')
// is served for daily charts only: a public comment says it does not work for W/M/m/T (U),
// so the emulator answers those with GetDibStatus -1, to keep adapters on count mode.
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
    StockFacts m_facts;
    QVariantList m_headers;
    bool m_continue = false;
};

} // namespace cybos::emu
