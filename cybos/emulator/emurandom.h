#pragma once
// Deterministic randomness for the emulator. Generated history is a pure function of
// (seed, code, date, index), so the same bar comes back on every request and in every run;
// the live tick stream draws from one sequential generator seeded by the options' seed.
#include <QString>
#include <QtGlobal>

namespace cybos::emu {

// splitmix64 finaliser: a fast, well-mixed 64-bit hash step.
constexpr quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

constexpr quint64 hashOf(quint64 a, quint64 b)
{
    return mix(a ^ mix(b + 0x632BE59BD9B4E019ULL));
}

template<typename... Rest>
constexpr quint64 hashOf(quint64 a, quint64 b, Rest... rest)
{
    return hashOf(hashOf(a, b), quint64(rest)...);
}

// FNV-1a over the UTF-16 code units: stable across runs and Qt versions (qHash is seeded).
inline quint64 keyOf(const QString &code)
{
    quint64 h = 0xCBF29CE484222325ULL;
    for (QChar c : code) {
        h ^= c.unicode();
        h *= 0x100000001B3ULL;
    }
    return h;
}

// Uniform in [0, 1).
inline double unitOf(quint64 h)
{
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

// Roughly standard normal (Irwin-Hall of four 16-bit uniforms, rescaled to unit variance).
inline double gaussOf(quint64 h)
{
    double sum = 0;
    for (int i = 0; i < 4; ++i)
        sum += double((h >> (16 * i)) & 0xFFFF) / 65536.0;
    return (sum - 2.0) * 1.7320508075688772;
}

// The sequential generator of the live tick stream.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }
    double unit() { return unitOf(next()); }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

} // namespace cybos::emu
