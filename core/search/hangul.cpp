#include "hangul.h"

namespace cybos::Hangul {
namespace {

constexpr char16_t kFirstSyllable = 0xAC00;
constexpr char16_t kLastSyllable = 0xD7A3;
constexpr int kSyllablesPerInitial = 21 * 28; // medial vowels × finals

// The 19 initials in the order of the syllable block, as compatibility jamo.
constexpr char16_t kInitials[19] = {0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141,
                                    0x3142, 0x3143, 0x3145, 0x3146, 0x3147, 0x3148, 0x3149,
                                    0x314A, 0x314B, 0x314C, 0x314D, 0x314E};

} // namespace

QChar initialOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u < kFirstSyllable || u > kLastSyllable)
        return c;
    return QChar(kInitials[(u - kFirstSyllable) / kSyllablesPerInitial]);
}

bool isInitialConsonant(QChar c)
{
    for (char16_t initial : kInitials) {
        if (c.unicode() == initial)
            return true;
    }
    return false;
}

} // namespace cybos::Hangul
