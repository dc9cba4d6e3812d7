#!/usr/bin/env bats
# make install and uninstall, as a packager runs them: PREFIX, DESTDIR,
# MANDIR; and a reinstall while an installed tool is running.

load common

setup() {
	D="$BATS_TEST_TMPDIR/dest"
}

@test "make install puts the four tools (755) and their man pages (644) under DESTDIR/PREFIX; uninstall takes them all away" {
	run make -s -C "$TOP" install DESTDIR="$D" PREFIX=/usr
	[ "$status" -eq 0 ]
	for t in pbsplit pbtable pbcheck pbsum; do
		[ "$(stat -c %a "$D/usr/bin/$t")" = 755 ]
		[ "$(stat -c %a "$D/usr/share/man/man1/$t.1")" = 644 ]
		cmp "$TOP/man/$t.1" "$D/usr/share/man/man1/$t.1"
	done
	# the installed tool is the built one, and it works
	run "$D/usr/bin/pbtable" -f tsv "$EX/tab-grid.txt"
	[ "$status" -eq 0 ]
	[ "$output" = "$(pbtable -f tsv "$EX/tab-grid.txt")" ]
	[ "$(find "$D" -type f | wc -l)" -eq 8 ]
	run make -s -C "$TOP" uninstall DESTDIR="$D" PREFIX=/usr
	[ "$status" -eq 0 ]
	[ "$(find "$D" -type f | wc -l)" -eq 0 ]
}

@test "MANDIR is the man directory: the pages go into its man1, as packagers set it" {
	run make -s -C "$TOP" install DESTDIR="$D" PREFIX=/opt/pb MANDIR=/opt/pb/man
	[ "$status" -eq 0 ]
	[ -f "$D/opt/pb/man/man1/pbsum.1" ]
	[ -x "$D/opt/pb/bin/pbsum" ]
	[ ! -e "$D/opt/pb/man/pbsum.1" ]
}

@test "a reinstall while an installed tool runs replaces it (no 'Text file busy', no half-updated install)" {
	make -s -C "$TOP" install DESTDIR="$D" PREFIX=/usr
	# an installed pbsum reading a pipe that stays open
	mkfifo "$BATS_TEST_TMPDIR/fifo"
	"$D/usr/bin/pbsum" < "$BATS_TEST_TMPDIR/fifo" > /dev/null &
	pid=$!
	exec 9> "$BATS_TEST_TMPDIR/fifo"
	run make -s -C "$TOP" install DESTDIR="$D" PREFIX=/usr
	exec 9>&-
	wait "$pid" || true
	[ "$status" -eq 0 ]
	[[ "$output" != *busy* ]]
	cmp "$TOP/bin/pbsum" "$D/usr/bin/pbsum"
}
