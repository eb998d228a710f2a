#include "cmd_com.h"
#include "backends/combackend.h"
#include "comapartment.h"
#include "comargs.h"
#include "comjson.h"
#include "cybos/dispatch/comobject.h"
#include "cybos/emulator/emulator.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace cybos {
namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "cybos-server: %s\n", message.toUtf8().constData());
}

QJsonValue readData(ComObject &o, const ComInvocation &inv)
{
    QJsonArray rows;
    for (int row = 0; row < inv.dataRows; ++row) {
        QJsonArray values;
        for (int pos = 0; pos < inv.dataFields; ++pos)
            values.append(comValueToJson(o.call(QStringLiteral("GetDataValue"), {pos, row})));
        rows.append(values);
    }
    return rows;
}

QJsonObject drive(ComObject &o, const ComInvocation &inv)
{
    QJsonObject out{{QStringLiteral("progid"), inv.progId}};
    for (const auto &[index, value] : inv.inputs)
        o.call(QStringLiteral("SetInputValue"), {index, value});
    QJsonValue rc, status, msg, more;
    if (inv.blockRequest) {
        rc = comValueToJson(o.call(QStringLiteral("BlockRequest")));
        status = comValueToJson(o.call(QStringLiteral("GetDibStatus")));
        msg = comValueToJson(o.call(QStringLiteral("GetDibMsg1")));
        more = comValueToJson(o.getProperty(QStringLiteral("Continue")));
    }
    QJsonObject headers;
    for (int h : inv.headers)
        headers.insert(QString::number(h), comValueToJson(o.call(QStringLiteral("GetHeaderValue"), {h})));
    out.insert(QStringLiteral("return_code"), rc);
    out.insert(QStringLiteral("dib_status"), status);
    out.insert(QStringLiteral("dib_msg"), msg);
    out.insert(QStringLiteral("headers"), headers);
    out.insert(QStringLiteral("data"), readData(o, inv));
    out.insert(QStringLiteral("continue"), more);
    QJsonValue call = QJsonValue::Null;
    if (inv.hasCall) {
        QJsonArray args;
        for (const QVariant &a : inv.callArgs)
            args.append(comValueToJson(a));
        call = QJsonObject{{QStringLiteral("method"), inv.callMethod}, {QStringLiteral("args"), args},
                           {QStringLiteral("result"), comValueToJson(o.call(inv.callMethod, inv.callArgs))}};
    }
    out.insert(QStringLiteral("call"), call);
    QJsonValue property = QJsonValue::Null;
    if (!inv.property.isEmpty())
        property = QJsonObject{{QStringLiteral("name"), inv.property},
                               {QStringLiteral("value"), comValueToJson(o.getProperty(inv.property))}};
    out.insert(QStringLiteral("property"), property);
    return out;
}

} // namespace

int runCom(const Config &config)
{
    const Result<ComInvocation> inv = parseComArgs(config.commandArgs);
    if (!inv) {
        printError(inv.error().message);
        return 2;
    }
    const ComApartment apartment;
    Result<Backend> backend = createComBackend(config);
    if (!backend) {
        printError(backend.error().message);
        return 1;
    }
    ComDispatch *dispatch = backend->emulator ? static_cast<ComDispatch *>(backend->emulator.get())
                                              : backend->dispatch.get();
    std::unique_ptr<ComObject> object = dispatch ? dispatch->create(inv->progId) : nullptr;
    if (!object) {
        printError(QStringLiteral("cannot create '%1' on the %2 backend").arg(inv->progId, backendKindName(config.backend)));
        return 1;
    }
    QJsonObject out = drive(*object, *inv);
    out.insert(QStringLiteral("backend"), backendKindName(config.backend));
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}

} // namespace cybos
