#include "natsjwt.h"
#include "natstls.h"
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

namespace cybos::test {
namespace {
constexpr quint8 kSeedPrefix = 18 << 3;   // 'S'

quint16 crc16(const QByteArray &data)   // CRC-16/XMODEM, as nkeys checks
{
    quint16 crc = 0;
    for (const char c : data) {
        crc ^= quint16(quint8(c)) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

QByteArray base32(const QByteArray &data)   // RFC 4648 alphabet, no padding
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += alphabet[(buffer >> (bits - 5)) & 31];
            bits -= 5;
        }
    }
    if (bits > 0)
        out += alphabet[(buffer << (5 - bits)) & 31];
    return out;
}

QByteArray withCrc(QByteArray raw)
{
    const quint16 crc = crc16(raw);
    raw += char(crc & 0xff);
    raw += char(crc >> 8);
    return base32(raw);
}

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

bool NatsJwtAuth::openssl(const QStringList &args)
{
    return runOpenssl(m_dir.path(), args, &m_error);
}

QByteArray NatsJwtAuth::readFile(const QString &name) const
{
    QFile f(m_dir.filePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool NatsJwtAuth::writeFile(const QString &name, const QByteArray &data)
{
    QFile f(m_dir.filePath(name));
    if (f.open(QIODevice::WriteOnly) && f.write(data) == data.size())
        return true;
    m_error = f.errorString();
    return false;
}

// An ed25519 key: its PKCS#8 DER ends with the 32-byte seed, its public DER with the key.
bool NatsJwtAuth::makeKey(const QString &name, char prefix, Key *out)
{
    out->pem = name + QStringLiteral(".pem");
    if (!openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed25519"), QStringLiteral("-out"), out->pem})
        || !openssl({QStringLiteral("pkey"), QStringLiteral("-in"), out->pem, QStringLiteral("-outform"), QStringLiteral("DER"),
                     QStringLiteral("-out"), name + QStringLiteral(".der")})
        || !openssl({QStringLiteral("pkey"), QStringLiteral("-in"), out->pem, QStringLiteral("-pubout"), QStringLiteral("-outform"),
                     QStringLiteral("DER"), QStringLiteral("-out"), name + QStringLiteral(".pub.der")}))
        return false;
    const QByteArray seed = readFile(name + QStringLiteral(".der")).right(32);
    const QByteArray pub = readFile(name + QStringLiteral(".pub.der")).right(32);
    const quint8 type = quint8(prefix);
    out->publicKey = withCrc(char(type) + pub);
    out->seed = withCrc(QByteArray{1, char(kSeedPrefix | (type >> 5))} + char((type & 31) << 3) + seed);
    return seed.size() == 32 && pub.size() == 32;
}

bool NatsJwtAuth::sign(const Key &issuer, const QByteArray &subject, const QJsonObject &nats, QByteArray *jwt)
{
    QJsonObject claims{{QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch()},
                       {QStringLiteral("iss"), QString::fromLatin1(issuer.publicKey)},
                       {QStringLiteral("sub"), QString::fromLatin1(subject)},
                       {QStringLiteral("name"), QString::fromLatin1(subject.left(8))},
                       {QStringLiteral("nats"), nats}};
    const QByteArray unique = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    claims.insert(QStringLiteral("jti"), QString::fromLatin1(base32(QCryptographicHash::hash(unique, QCryptographicHash::Sha256))));
    const QByteArray signedPart = b64url(R"({"typ":"JWT","alg":"ed25519-nkey"})") + '.'
                                  + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    if (!writeFile(QStringLiteral("claims"), signedPart)
        || !openssl({QStringLiteral("pkeyutl"), QStringLiteral("-sign"), QStringLiteral("-inkey"), issuer.pem, QStringLiteral("-rawin"),
                     QStringLiteral("-in"), QStringLiteral("claims"), QStringLiteral("-out"), QStringLiteral("signature")}))
        return false;
    *jwt = signedPart + '.' + b64url(readFile(QStringLiteral("signature")));
    return true;
}

bool NatsJwtAuth::make()
{
    Key op, system, account, user;
    if (!makeKey(QStringLiteral("operator"), char(14 << 3), &op) || !makeKey(QStringLiteral("system"), 0, &system)
        || !makeKey(QStringLiteral("account"), 0, &account) || !makeKey(QStringLiteral("user"), char(20 << 3), &user))
        return false;
    const QJsonObject unlimited{{QStringLiteral("subs"), -1}, {QStringLiteral("data"), -1}, {QStringLiteral("payload"), -1},
                                {QStringLiteral("imports"), -1}, {QStringLiteral("exports"), -1}, {QStringLiteral("wildcards"), true},
                                {QStringLiteral("conn"), -1}, {QStringLiteral("leaf"), -1}, {QStringLiteral("mem_storage"), -1},
                                {QStringLiteral("disk_storage"), -1}, {QStringLiteral("streams"), -1}, {QStringLiteral("consumer"), -1}};
    const QJsonObject any{{QStringLiteral("pub"), QJsonObject{}}, {QStringLiteral("sub"), QJsonObject{}}};
    QByteArray opJwt, systemJwt, accountJwt, userJwt;
    QJsonObject userClaims = any;
    userClaims.insert(QStringLiteral("subs"), -1);
    userClaims.insert(QStringLiteral("data"), -1);
    userClaims.insert(QStringLiteral("payload"), -1);
    userClaims.insert(QStringLiteral("type"), QStringLiteral("user"));
    userClaims.insert(QStringLiteral("version"), 2);
    if (!sign(op, op.publicKey, {{QStringLiteral("type"), QStringLiteral("operator")}, {QStringLiteral("version"), 2}}, &opJwt)
        || !sign(op, account.publicKey, {{QStringLiteral("limits"), unlimited}, {QStringLiteral("default_permissions"), any},
                                          {QStringLiteral("type"), QStringLiteral("account")}, {QStringLiteral("version"), 2}}, &accountJwt)
        || !sign(op, system.publicKey, {{QStringLiteral("type"), QStringLiteral("account")}, {QStringLiteral("version"), 2}}, &systemJwt)
        || !sign(account, user.publicKey, userClaims, &userJwt))
        return false;
    return writeFile(QStringLiteral("operator.jwt"), opJwt)
        && writeFile(QStringLiteral("server.conf"), "operator: \"" + m_dir.filePath(QStringLiteral("operator.jwt")).toUtf8()
                                                        + "\"\nsystem_account: " + system.publicKey
                                                        + "\nresolver: MEMORY\nresolver_preload: {\n  " + system.publicKey + ": \""
                                                        + systemJwt + "\"\n  " + account.publicKey + ": \"" + accountJwt + "\"\n}\n")
        && writeFile(QStringLiteral("user.creds"), "-----BEGIN NATS USER JWT-----\n" + userJwt
                                                       + "\n------END NATS USER JWT------\n\n-----BEGIN USER NKEY SEED-----\n"
                                                       + user.seed + "\n------END USER NKEY SEED------\n");
}

} // namespace cybos::test
