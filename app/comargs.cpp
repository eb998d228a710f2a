#include "comargs.h"
#include "core/config/optionspec.h"
#include <limits>

namespace cybos {
namespace {

Error syntax(const QString &message)
{
    return makeError(ErrorCode::BadSyntax, message);
}

Result<QVariant> scalar(const QString &text)
{
    if (text.startsWith(u"char:")) {
        if (text.size() != 6 || text.at(5).unicode() > 127)
            return syntax(QStringLiteral("'%1': char: takes one ASCII character, e.g. char:D").arg(text));
        return QVariant(int(text.at(5).unicode()));
    }
    if (text.startsWith(u"str:"))
        return QVariant(text.mid(4));
    bool ok = false;
    const qlonglong n = text.toLongLong(&ok);
    if (!ok)
        return QVariant(text);
    if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
        return syntax(QStringLiteral("'%1' does not fit a 32-bit int").arg(text));
    return QVariant(int(n));
}

struct Cursor {
    const QStringList &args;
    qsizetype i = 0;
    bool atEnd() const { return i >= args.size(); }
    QString next() { return args.at(i++); }
};

// --name=value or --name value; the value of a flag-less option is required.
Result<QString> optionValue(Cursor &c, const QString &name, const QString &inlineValue, bool hasInline)
{
    if (hasInline)
        return inlineValue;
    if (c.atEnd())
        return syntax(QStringLiteral("--%1 needs a value").arg(name));
    return c.next();
}

Status applyInput(ComInvocation &inv, const QString &spec)
{
    const qsizetype eq = spec.indexOf(u'=');
    bool ok = false;
    const int index = eq > 0 ? spec.left(eq).toInt(&ok) : 0;
    if (!ok || index < 0)
        return syntax(QStringLiteral("--input '%1': expected INDEX=VALUE, e.g. 0=A005930").arg(spec));
    const Result<QVariant> v = parseComValue(spec.mid(eq + 1));
    if (!v)
        return v.error();
    inv.inputs.append({index, *v});
    return Ok{};
}

Status applyData(ComInvocation &inv, const QString &spec)
{
    const QStringList parts = spec.split(u':');
    bool okF = false;
    bool okR = false;
    if (parts.size() == 2) {
        inv.dataFields = parts.at(0).toInt(&okF);
        inv.dataRows = parts.at(1).toInt(&okR);
    }
    if (!okF || !okR || inv.dataFields < 0 || inv.dataRows < 0 || inv.dataFields > 1000 || inv.dataRows > 100000)
        return syntax(QStringLiteral("--data '%1': expected FIELDS:ROWS, e.g. 6:10").arg(spec));
    return Ok{};
}

Status applyCall(ComInvocation &inv, Cursor &c, const QString &method)
{
    inv.hasCall = true;
    inv.callMethod = method;
    while (!c.atEnd() && !c.args.at(c.i).startsWith(u"--")) {
        const Result<QVariant> v = parseComValue(c.next());
        if (!v)
            return v.error();
        inv.callArgs << *v;
    }
    return Ok{};
}

Status applyComOption(ComInvocation &inv, Cursor &c, const QString &name, const QString &value)
{
    if (name == u"input")
        return applyInput(inv, value);
    if (name == u"headers") {
        const Result<QList<int>> list = parseIndexList(value);
        if (!list)
            return list.error();
        inv.headers = *list;
        return Ok{};
    }
    if (name == u"data")
        return applyData(inv, value);
    if (name == u"call")
        return applyCall(inv, c, value);
    inv.property = value; // "property"
    return Ok{};
}

Status applyOption(ComInvocation &inv, Cursor &c, QString arg)
{
    arg.remove(0, arg.startsWith(u"--") ? 2 : 1);
    const qsizetype eq = arg.indexOf(u'=');
    const QString name = eq < 0 ? arg : arg.left(eq);
    const QString inlineValue = eq < 0 ? QString() : arg.mid(eq + 1);
    if (name == u"block-request") {
        inv.blockRequest = true;
        return Ok{};
    }
    const bool isCom = name == u"input" || name == u"headers" || name == u"data" || name == u"call" || name == u"property";
    const OptionSpec *global = isCom ? nullptr : findOption(name);
    if (!isCom && !global)
        return syntax(QStringLiteral("com: unknown option --%1").arg(name));
    if (global && global->valueName.isEmpty())
        return Ok{}; // a global flag (e.g. --headless): nothing to skip
    const Result<QString> value = optionValue(c, name, inlineValue, eq >= 0);
    if (!value)
        return value.error();
    return isCom ? applyComOption(inv, c, name, *value) : Status(Ok{});
}

} // namespace

Result<QVariant> parseComValue(const QString &text)
{
    if (!text.contains(u',') || text.startsWith(u"str:"))
        return scalar(text);
    QVariantList list;
    for (const QString &part : text.split(u',')) {
        const Result<QVariant> v = scalar(part.trimmed());
        if (!v)
            return v.error();
        list << *v;
    }
    return QVariant(list);
}

Result<QList<int>> parseIndexList(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList range = part.split(u'-');
        bool okA = false;
        bool okB = range.size() == 1;
        const int a = range.value(0).toInt(&okA);
        const int b = range.size() == 2 ? range.at(1).toInt(&okB) : a;
        if (range.size() > 2 || !okA || !okB || a < 0 || b < a || b - a > 10000)
            return syntax(QStringLiteral("'%1' is not an index list: use 0-20 or 0,3,11").arg(text));
        for (int i = a; i <= b; ++i)
            out << i;
    }
    if (out.isEmpty())
        return syntax(QStringLiteral("empty index list"));
    return out;
}

Result<ComInvocation> parseComArgs(const QStringList &args)
{
    ComInvocation inv;
    Cursor c{args};
    while (!c.atEnd()) {
        const QString arg = c.next();
        if (arg.startsWith(u'-') && arg.size() > 1) {
            const Status s = applyOption(inv, c, arg);
            if (!s)
                return s.error();
        } else if (inv.progId.isEmpty()) {
            inv.progId = arg;
        } else {
            return syntax(QStringLiteral("com: unexpected argument '%1' (one ProgID; --call takes the method's arguments)").arg(arg));
        }
    }
    if (inv.progId.isEmpty())
        return syntax(QStringLiteral("com: missing PROGID, e.g. cybos-server com DsCbo1.StockMst --input 0=A005930 --block-request --headers 0-20"));
    return inv;
}

} // namespace cybos
