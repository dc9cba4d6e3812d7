# pb - department budget performance filings into records.


PREFIX  = /usr/local
DESTDIR =
BINDIR  = $(PREFIX)/bin
MANDIR  = $(PREFIX)/share/man
MAN1DIR = $(MANDIR)/man1

CC      = cc
# LTO: the hot paths cross files (buffer, writer, normalizer, splitter);
# with link-time optimization pbsplit ran 13% and pbtable 8% less CPU
# time over the bench corpus (110.6 M against 116.6 M instructions for
# pbsplit on three corpus files, 282.0 M against 290.0 M for pbtable).
# `make LTO=` builds without, for a compiler that has no -flto=auto.
LTO     = -flto=auto
OPT     = -O2 -g $(LTO)
WERROR  =
# CFLAGS, CPPFLAGS and LDFLAGS are the builder's (a packager's hardening
# flags, say); the language and warning flags the code needs are kept
# apart in PB_CFLAGS, so that setting CFLAGS does not drop them.
CFLAGS  = $(OPT)
PB_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic \
          -Wshadow -Wstrict-prototypes -Wmissing-prototypes $(WERROR)
ALL_CFLAGS = $(PB_CFLAGS) $(CPPFLAGS) $(CFLAGS)
PKGS    = libpcre2-8 json-c
PKG_CFLAGS = `pkg-config --cflags $(PKGS)`
PKG_LIBS   = `pkg-config --libs $(PKGS)`

TOOLS   = pbsplit pbtable pbcheck pbsum
LIBSRC  = $(wildcard lib/*.c)
LIBOBJ  = $(LIBSRC:.c=.o)
UTILOBJ = util/util.o util/skip.o util/jsonc_oom.o util/open_input.o
BINS    = $(TOOLS:%=bin/%)
UNITSRC = $(wildcard tests/unit/*.c)

all: $(BINS)

lib/libpb.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

lib/%.o: lib/%.c lib/*.h
	$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) -c -o $@ $<

cmd/%.o: cmd/%.c util/util.h lib/*.h
	$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) -Ilib -Iutil -c -o $@ $<

util/%.o: util/%.c util/util.h lib/*.h
	$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) -Ilib -c -o $@ $<

bin/%: cmd/%.o $(UTILOBJ) lib/libpb.a
	@mkdir -p bin
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(UTILOBJ) lib/libpb.a $(PKG_LIBS)

# The tests and fuzz harnesses build their inputs and digests without
# checking each buffer call (PB_MUST_CHECK, compiler.h): a failure there
# shows as a failed check, not as data lost.
TESTCFLAGS = -Wno-unused-result
# the library's allocations pass through test_oom.c, which makes each fail
UNITWRAP = -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc
tests/unit/run: $(UNITSRC) tests/unit/harness.h lib/*.h lib/libpb.a
	$(CC) $(ALL_CFLAGS) $(TESTCFLAGS) $(PKG_CFLAGS) -Ilib -o $@ $(UNITSRC) lib/libpb.a \
		$(PKG_LIBS) $(UNITWRAP)

# check, demo, bench and fuzz ask for their packages first, so that the
# README's two commands work on a fresh Debian machine; scripts/deps asks
# the tools, and runs apt-get (as root) only for what is really missing.
deps:
	@sh scripts/deps

# crash and regression inputs the fuzzers found, replayed by every check
FUZZERS = $(patsubst fuzz/fuzz_%.c,%,$(wildcard fuzz/fuzz_*.c))
REPLAYS = $(FUZZERS:%=fuzz/bin/replay_%)

fuzz/bin/replay_%: fuzz/fuzz_%.c fuzz/common.h fuzz/replay.c lib/libpb.a
	@mkdir -p fuzz/bin
	$(CC) $(ALL_CFLAGS) $(TESTCFLAGS) $(PKG_CFLAGS) -Ilib -o $@ $< fuzz/replay.c lib/libpb.a $(PKG_LIBS)

replay: $(REPLAYS)
	@for f in $(FUZZERS); do \
		if [ -d fuzz/regress/$$f ]; then fuzz/bin/replay_$$f fuzz/regress/$$f || exit 1; fi; \
	done

# an LD_PRELOAD library that fails one allocation of a whole tool
# (tests/oom.bats): plain flags, no LTO, whatever builds the tools
tests/oomfail.so: tests/oomfail.c
	$(CC) -O2 -std=c11 -Wall -Wextra -Wpedantic $(WERROR) -shared -fPIC -o $@ $<

check: deps all tests/unit/run tests/oomfail.so replay
	tests/unit/run
	bats tests/

# The whole suite under clang's AddressSanitizer and UBSan.
SAN = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
sanitize: deps
	$(MAKE) clean
	PB_SANITIZE=1 ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		$(MAKE) check CC=clang OPT="-O1 -g $(SAN)" WERROR=$(WERROR)
	$(MAKE) clean

# libFuzzer: each harness for FUZZ_SECONDS, seeded from examples/.
FUZZ_SECONDS = 60
FUZZ_CFLAGS = -g -O1 -std=c11 -D_POSIX_C_SOURCE=200809L -fsanitize=address,undefined \
              -fno-sanitize-recover=all
FUZZ_OBJ = $(LIBSRC:lib/%.c=fuzz/build/%.o)

fuzz/build/%.o: lib/%.c lib/*.h
	@mkdir -p fuzz/build
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(PKG_CFLAGS) -c -o $@ $<

fuzz/build/fuzz_%: fuzz/fuzz_%.c fuzz/common.h $(FUZZ_OBJ)
	clang $(FUZZ_CFLAGS) $(TESTCFLAGS) -fsanitize=fuzzer $(PKG_CFLAGS) -Ilib -o $@ $< $(FUZZ_OBJ) \
		$(PKG_LIBS)

.SECONDARY: $(FUZZ_OBJ)

fuzz: deps all $(FUZZERS:%=fuzz/build/fuzz_%)
	@sh fuzz/run $(FUZZ_SECONDS) $(FUZZERS)

bench: deps all
	@sh scripts/deps bench
	@sh bench/run

demo: deps all
	@sh scripts/demo

# install(1), not cp: it replaces a file rather than writing into it, so
# an installed tool that is running (a cron job) is no 'Text file busy'
# halfway through, leaving old and new tools side by side.
install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MAN1DIR)
	for t in $(TOOLS); do install -m 755 bin/$$t $(DESTDIR)$(BINDIR)/$$t || exit 1; done
	for t in $(TOOLS); do install -m 644 man/$$t.1 $(DESTDIR)$(MAN1DIR)/$$t.1 || exit 1; done

uninstall:
	for t in $(TOOLS); do rm -f $(DESTDIR)$(BINDIR)/$$t $(DESTDIR)$(MAN1DIR)/$$t.1; done

clean:
	rm -rf bin lib/*.o lib/libpb.a cmd/*.o util/*.o tests/unit/run tests/oomfail.so fuzz/bin \
		fuzz/build

.PHONY: all check demo deps install uninstall clean replay sanitize fuzz bench
.PRECIOUS: cmd/%.o util/%.o
