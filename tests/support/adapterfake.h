#pragma once
// A tiny scripted fake of the COM dispatch interface for the adapter's unit tests: inputs and
// headers are plain maps, methods are scripted per ProgID. (The emulator is tested through
// the same adapter in tst_adapteremulator.)
#include "awaittask.h"
#include "cybos/dispatch/comobject.h"
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>
#include <qcoro/qcorotask.h>

namespace cybos::test {

// A COM object whose methods are scripted: inputs and headers are plain maps; a scripted
// Request() usually fills the headers and schedules Received with answerSoon().
class FakeObject : public ComObject
{
public:
    explicit FakeObject(QString progId) : m_progId(std::move(progId)) {}
    QString progId() const override { return m_progId; }
    QVariant call(const QString &method, const QVariantList &args) override
    {
        calls << method;
        if (method == u"SetInputValue") {
            inputs[args.value(0).toInt()] = args.value(1);
            return {};
        }
        if (method == u"GetHeaderValue")
            return headers.value(args.value(0).toInt());
        if (method == u"GetDataValue")
            return data.value({args.value(0).toInt(), args.value(1).toInt()});
        if (method == u"GetDibStatus")
            return dibStatus;
        if (method == u"GetDibMsg1")
            return dibMsg;
        if (auto it = methods.find(method); it != methods.end())
            return (*it)(args);
        return {};
    }
    QVariant getProperty(const QString &name) override { return props.value(name); }
    void answerSoon() { QTimer::singleShot(0, this, [this] { Q_EMIT received(); }); }

    QString m_progId;
    QStringList calls;
    QHash<int, QVariant> inputs, headers;
    QHash<QPair<int, int>, QVariant> data;
    QHash<QString, QVariant> props;
    QHash<QString, std::function<QVariant(const QVariantList &)>> methods;
    int dibStatus = 0;
    QString dibMsg;
};

class FakeDispatch : public ComDispatch
{
public:
    FakeDispatch()
    {
        script[QStringLiteral("CpUtil.CpCybos")] = [this](FakeObject &o) {
            cybos = &o;
            o.props[QStringLiteral("IsConnect")] = linkUp ? 1 : 0;
            o.props[QStringLiteral("ServerType")] = linkUp ? 1 : 0;
            o.props[QStringLiteral("LimitRequestRemainTime")] = 4000;
            o.methods[QStringLiteral("GetLimitRemainCount")] = [](const QVariantList &a) {
                return QVariant(a.value(0).toInt() == 1 ? 57 : 400);
            };
        };
        script[QStringLiteral("CpUtil.CpCodeMgr")] = [](FakeObject &o) {
            o.methods[QStringLiteral("CodeToName")] = [](const QVariantList &a) {
                const QString c = a.value(0).toString();
                return QVariant(c == u"A005930" ? QStringLiteral("삼성전자")
                                : c == u"A247540" ? QStringLiteral("에코프로비엠") : QString());
            };
            o.methods[QStringLiteral("GetStockMarketKind")] = [](const QVariantList &a) {
                return QVariant(a.value(0).toString() == u"A247540" ? 2 : 1);
            };
        };
    }
    std::unique_ptr<ComObject> create(const QString &progId) override
    {
        auto o = std::make_unique<FakeObject>(progId);
        created << o.get();
        createdIds << progId;
        if (auto it = script.find(progId); it != script.end())
            (*it)(*o);
        return o;
    }
    int count(const QString &progId) const
    {
        int n = 0;
        for (const QPointer<FakeObject> &o : created)
            n += (o && o->m_progId == progId) ? 1 : 0;
        return n;
    }
    int createdCount(const QString &progId) const { return int(createdIds.count(progId)); }
    FakeObject *last(const QString &progId) const
    {
        for (auto it = created.crbegin(); it != created.crend(); ++it) {
            if (*it && (*it)->m_progId == progId)
                return *it;
        }
        return nullptr;
    }
    QHash<QString, std::function<void(FakeObject &)>> script;
    QStringList createdIds;              // every ProgID created, in order
    QList<QPointer<FakeObject>> created; // objects the adapter deleted become null
    FakeObject *cybos = nullptr;         // the newest CpCybos (the adapter polls fresh ones while down)
    bool linkUp = true;                  // what a CpCybos created now reports
};

} // namespace cybos::test
