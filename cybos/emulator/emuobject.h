#pragma once
// Base of every emulated Cybos object: method and property dispatch by name (any case, as
// IDispatch resolves names), and for DIB objects the common interface — SetInputValue,
// GetInputValue, GetHeaderValue, GetDataValue, GetDibStatus, GetDibMsg1/2. An unknown method
// or property gives an invalid QVariant and a warning, like a failed QAxObject::dynamicCall.
// So does every call on an object created before the link's last outage (Link::epoch): it is
// dead, as Daishin's help says of everything after OnDisConnect, and never fires events again.
#include "cybos/dispatch/comobject.h"
#include <QHash>
#include <QPointer>

namespace cybos::emu {

class EmuContext;

class EmuObject : public ComObject
{
    Q_OBJECT
public:
    EmuObject(const QString &progId, EmuContext *context, bool dib);

    QString progId() const override { return m_progId; }
    QVariant call(const QString &method, const QVariantList &args) override;
    QVariant getProperty(const QString &name) override;

protected:
    // Object-specific methods and properties; return false when the name is not theirs.
    virtual bool invoke(const QString &method, const QVariantList &args, QVariant &result);
    virtual bool readProperty(const QString &name, QVariant &result);
    // DIB data: invalid for indices the object does not serve.
    virtual QVariant headerValue(int index) const;
    virtual QVariant dataValue(int type, int index) const;
    virtual void inputChanged(int index);

    static bool is(const QString &name, const char *expected); // case-insensitive
    EmuContext *context() const;
    // Created before the link's last outage (or its emulator is gone): every call fails.
    bool isDead() const;
    // It was alive until the outage that has just begun (CpCybos fires OnDisConnect then).
    bool diedInLastOutage() const;
    QVariant input(int index) const { return m_inputs.value(index); }
    int status() const { return m_status; }
    void setStatus(int status, const QString &message);

private:
    bool dibCall(const QString &method, const QVariantList &args, QVariant &result);

    QString m_progId;
    QPointer<EmuContext> m_context;
    bool m_dib;
    quint64 m_epoch = 0; // Link::epoch() at creation
    QHash<int, QVariant> m_inputs;
    int m_status = 0;
    QString m_message;
};

// Messages of GetDibMsg1 (Cybos' exact texts are U).
namespace msg {
QString ok();
QString linkDown();
QString requestFailed();
QString badInput(const QString &what);
QString unknownCode(const QString &code);
QString subscribeLimit();
QString waiting();
} // namespace msg

} // namespace cybos::emu
