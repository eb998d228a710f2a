#pragma once
// The small COM dispatch interface the adapter talks to: one automation object created by
// ProgID, methods called with VARIANT-like arguments, properties read, events received.
// Implemented by the QAxObject wrapper on Windows (cybos/axobject) and by the emulator.
//
// Argument conventions (see ../shared/activeqt.md): integers as int (VT_I4), char codes as
// int('2') == 50, strings as QString (BSTR), arrays as QVariantList (SAFEARRAY of VARIANT).
// Never pass qlonglong or long: the real COM side would receive VT_I8 or nothing.
#include <QObject>
#include <QString>
#include <QVariant>
#include <memory>

namespace cybos {

class ComObject : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ComObject() override = default;

    virtual QString progId() const = 0;
    // Invoke a method; the result is invalid for void methods and failed calls.
    virtual QVariant call(const QString &method, const QVariantList &args = {}) = 0;
    // Read a property (IsConnect, ServerType, Continue, LimitRequestRemainTime, ...).
    virtual QVariant getProperty(const QString &name) = 0;

Q_SIGNALS:
    void received();      // DIB objects' Received event (data arrived for Request/Subscribe)
    void disconnected();  // CpCybos' OnDisconnect event
};

class ComDispatch
{
public:
    virtual ~ComDispatch() = default;
    // Creates the object, or returns nullptr when the ProgID cannot be instantiated.
    virtual std::unique_ptr<ComObject> create(const QString &progId) = 0;
};

} // namespace cybos
