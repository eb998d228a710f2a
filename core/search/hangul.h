#pragma once
// Korean initial consonants (초성) for search: "ㅅㅅㅈㅈ" is how a trader types 삼성전자 without
// switching the keyboard out of consonants. Works on the precomposed syllables (U+AC00..U+D7A3)
// and the compatibility jamo a keyboard produces (U+3131..U+314E).
#include <QChar>
#include <QString>

namespace cybos::Hangul {

// The compatibility jamo of a syllable's initial consonant ('삼' -> 'ㅅ'); other characters
// come back unchanged.
QChar initialOf(QChar c);
// True for one of the 19 initial consonants as a keyboard types them (ㄱ ㄲ ㄴ ... ㅎ).
bool isInitialConsonant(QChar c);
// One typed character against one character of a name: equal, or a typed consonant that is
// the initial of the name's syllable.
inline bool matches(QChar typed, QChar named)
{
    return typed == named || (isInitialConsonant(typed) && initialOf(named) == typed);
}

} // namespace cybos::Hangul
