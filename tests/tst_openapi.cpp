// The OpenAPI document against the server: every registered route is documented and every
// documented path is registered (both directions), references resolve, path parameters
// match, errors use the envelope; /docs renders it without any network access.
#include "serverfixture.h"
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestOpenApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> f;
    QJsonObject doc;

    QJsonValue resolve(const QJsonValue &v) const
    {
        const QString ref = v.toObject().value(QStringLiteral("$ref")).toString();
        if (ref.isEmpty())
            return v;
        QJsonValue at = doc;
        for (const QString &part : ref.mid(2).split(QLatin1Char('/')))
            at = at.toObject().value(part);
        return at;
    }

    // "GET /api/prices/{code}" for every documented operation (relay-only ones when asked).
    QSet<QString> documented(bool webSocket) const
    {
        QSet<QString> out;
        const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            const QJsonObject ops = p.value().toObject();
            for (auto o = ops.begin(); o != ops.end(); ++o) {
                const QJsonObject op = o.value().toObject();
                if (op.value(QStringLiteral("x-cybos-backend")).toString() == u"relay")
                    continue;
                if (op.value(QStringLiteral("x-websocket")).toBool() == webSocket)
                    out.insert(o.key().toUpper() + u' ' + p.key());
            }
        }
        return out;
    }

    void forEachOperation(const std::function<void(const QString &, const QJsonObject &)> &fn) const
    {
        const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            const QJsonObject ops = p.value().toObject();
            for (auto o = ops.begin(); o != ops.end(); ++o)
                fn(o.key().toUpper() + u' ' + p.key(), o.value().toObject());
        }
    }

    void collectRefs(const QJsonValue &v, QStringList *refs) const
    {
        if (v.isArray()) {
            for (const QJsonValue &e : v.toArray())
                collectRefs(e, refs);
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == u"$ref")
                    refs->append(it.value().toString());
                else
                    collectRefs(it.value(), refs);
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        f = std::make_unique<ServerFixture>();
        QVERIFY(f->started());
        const auto r = f->get(QStringLiteral("/api/openapi.json"));
        QCOMPARE(r.status, 200);
        QJsonParseError err;
        doc = QJsonDocument::fromJson(r.body, &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        QFile source(QStringLiteral(CYBOS_SOURCE_DIR "/resources/api/openapi.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(r.body, source.readAll());
    }
    void cleanupTestCase() { f.reset(); }

    void header()
    {
        QVERIFY(doc.value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.")));
        QVERIFY(!doc.value(QStringLiteral("info")).toObject().value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(doc.value(QStringLiteral("components")).toObject().value(QStringLiteral("securitySchemes")).toObject().size() >= 2);
    }

    void everyRouteIsDocumentedAndEveryDocumentedPathIsServed()
    {
        const QSet<QString> registered(f->server().routes().cbegin(), f->server().routes().cend());
        const QSet<QString> docs = documented(false);
        QCOMPARE(QSet<QString>(registered).subtract(docs), QSet<QString>());
        QCOMPARE(QSet<QString>(docs).subtract(registered), QSet<QString>());
        const QSet<QString> ws(f->server().webSocketPaths().cbegin(), f->server().webSocketPaths().cend());
        QCOMPARE(ws, documented(true));
    }

    void emulatorOnlyPathsAreMarked()
    {
        forEachOperation([](const QString &name, const QJsonObject &op) {
            const bool emulatorPath = name.contains(QStringLiteral("/api/emulator/"));
            QCOMPARE(op.value(QStringLiteral("x-cybos-backend")).toString() == u"emulator", emulatorPath);
        });
        FixtureSetup setup;
        setup.emulator = false;
        ServerFixture plain(setup);
        for (const QString &route : plain.server().routes())
            QVERIFY2(!route.contains(QStringLiteral("/api/emulator/")), qPrintable(route));
    }

    void referencesResolve()
    {
        QStringList refs;
        collectRefs(doc, &refs);
        QVERIFY(refs.size() > 50);
        for (const QString &ref : std::as_const(refs)) {
            QVERIFY2(ref.startsWith(QStringLiteral("#/")), qPrintable(ref));
            QVERIFY2(!resolve(QJsonObject{{QStringLiteral("$ref"), ref}}).isUndefined(), qPrintable(ref));
        }
    }

    void pathParametersMatch()
    {
        static const QRegularExpression placeholder(QStringLiteral("\\{(\\w+)\\}"));
        forEachOperation([this](const QString &name, const QJsonObject &op) {
            QSet<QString> inPath;
            for (auto m = placeholder.globalMatch(name); m.hasNext();)
                inPath.insert(m.next().captured(1));
            QSet<QString> declared;
            for (const QJsonValue &p : op.value(QStringLiteral("parameters")).toArray()) {
                const QJsonObject param = resolve(p).toObject();
                if (param.value(QStringLiteral("in")).toString() == u"path") {
                    declared.insert(param.value(QStringLiteral("name")).toString());
                    QVERIFY(param.value(QStringLiteral("required")).toBool());
                }
            }
            QVERIFY2(inPath == declared, qPrintable(name));
        });
    }

    void responsesUseTheEnvelope()
    {
        forEachOperation([this](const QString &name, const QJsonObject &op) {
            const QJsonObject responses = op.value(QStringLiteral("responses")).toObject();
            bool success = false;
            for (auto r = responses.begin(); r != responses.end(); ++r) {
                const int status = r.key().toInt();
                success = success || (status >= 200 && status < 300) || status == 101;
                if (status < 400)
                    continue;
                const QJsonObject response = resolve(r.value()).toObject();
                const QJsonValue schema = response.value(QStringLiteral("content")).toObject()
                    .value(QStringLiteral("application/json")).toObject().value(QStringLiteral("schema"));
                QVERIFY2(schema.toObject().value(QStringLiteral("$ref")).toString().startsWith(QStringLiteral("#/components/schemas/")),
                         qPrintable(name + u' ' + r.key()));
            }
            QVERIFY2(success, qPrintable(name));
            QVERIFY2(responses.contains(QStringLiteral("404")) || name.startsWith(u"GET /ws"), qPrintable(name));
        });
    }

    void docsPageWorksOffline()
    {
        const auto r = f->get(QStringLiteral("/docs"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(r.body.contains("Redoc.init("));
        QVERIFY(r.body.contains("\"title\": \"cybos-server API\""));
        QVERIFY(r.body.size() > 500 * 1024); // the bundle is inside, not fetched
        static const QRegularExpression external(QStringLiteral("<(script|link)[^>]+(src|href)=[\"']?(https?:)?//"),
                                                 QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!external.match(QString::fromUtf8(r.body)).hasMatch());
        QVERIFY(!r.body.contains("<script src="));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
