# pb - department budget performance filings into records.


PREFIX  = /usr/local
DESTDIR =
BINDIR  = $(PREFIX)/bin
MANDIR  = $(PREFIX)/share/man/man1

CC      = cc
OPT     = -O2 -g
WERROR  =
CFLAGS  = $(OPT) -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic \
          -Wshadow -Wstrict-prototypes -Wmissing-prototypes $(WERROR)
PKGS    = libpcre2-8 json-c
PKG_CFLAGS = `pkg-config --cflags $(PKGS)`
PKG_LIBS   = `pkg-config --libs $(PKGS)`

TOOLS   = pbsplit pbtable pbcheck pbsum
LIBSRC  = $(wildcard lib/*.c)
LIBOBJ  = $(LIBSRC:.c=.o)
UTILOBJ = cmd/util.o
BINS    = $(TOOLS:%=bin/%)
UNITSRC = $(wildcard tests/unit/*.c)

all: $(BINS)

lib/libpb.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

lib/%.o: lib/%.c lib/*.h
	$(CC) $(CFLAGS) $(PKG_CFLAGS) -c -o $@ $<

cmd/%.o: cmd/%.c cmd/util.h lib/*.h
	$(CC) $(CFLAGS) $(PKG_CFLAGS) -Ilib -c -o $@ $<

bin/%: cmd/%.o $(UTILOBJ) lib/libpb.a
	@mkdir -p bin
	$(CC) $(CFLAGS) -o $@ $< $(UTILOBJ) lib/libpb.a $(PKG_LIBS)

tests/unit/run: $(UNITSRC) tests/unit/harness.h lib/libpb.a
	$(CC) $(CFLAGS) $(PKG_CFLAGS) -Ilib -o $@ $(UNITSRC) lib/libpb.a $(PKG_LIBS)

deps:
	@sh scripts/deps

check: deps all tests/unit/run
	tests/unit/run
	bats tests/

demo: deps all
	@sh scripts/demo

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)
	for t in $(TOOLS); do cp bin/$$t $(DESTDIR)$(BINDIR)/ && chmod 755 $(DESTDIR)$(BINDIR)/$$t; done
	for t in $(TOOLS); do cp man/$$t.1 $(DESTDIR)$(MANDIR)/ && chmod 644 $(DESTDIR)$(MANDIR)/$$t.1; done

uninstall:
	for t in $(TOOLS); do rm -f $(DESTDIR)$(BINDIR)/$$t $(DESTDIR)$(MANDIR)/$$t.1; done

clean:
	rm -rf bin lib/*.o lib/libpb.a cmd/*.o tests/unit/run

.PHONY: all check demo deps install uninstall clean
.PRECIOUS: cmd/%.o
