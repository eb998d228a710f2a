// cybos-bench: benchmark modes (ingest, rest, ws, forward) print one JSON line of figures.
#include <cstdio>

int main()
{
    std::fputs("cybos-bench: no modes yet\n", stderr);
    return 2;
}
