/*
 * compiler.h - the function attributes the hot paths use, where the
 * compiler has them (GCC and Clang); elsewhere plain inline and nothing.
 *
 * PB_ALWAYS_INLINE: a loop body made twice with a constant flag, or a
 * test called for every byte or line, where GCC's own choice measured
 * slower.  PB_NOINLINE: a rare path kept out of a hot caller, which then
 * needs no call and saves no registers.  PB_MUST_CHECK: a function
 * whose -1 says out of memory; a caller that drops it would lose data
 * without a word, so the compiler says so.
 */
#ifndef PB_COMPILER_H
#define PB_COMPILER_H

#if defined(__GNUC__)
#define PB_ALWAYS_INLINE inline __attribute__((always_inline))
#define PB_NOINLINE __attribute__((noinline))
#define PB_MUST_CHECK __attribute__((warn_unused_result))
#else
#define PB_ALWAYS_INLINE inline
#define PB_NOINLINE
#define PB_MUST_CHECK
#endif

#endif
