/*
 * open_input.c - what an input named on the command line is: the tools'
 * policy, as in cat and sbase, which the library (input.h, source.h)
 * leaves to them.  It reads the descriptor it is given.
 */
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pathname.h"

/*
 * Set once a file opened here got descriptor 0: standard input was
 * closed (run with <&-).  "-" is then that closed stdin, an error as in
 * cat, not the file that took its descriptor: `pbsum FILE - <&-` read
 * FILE's end as "-" and said nothing, status 0.
 */
static int stdin_closed;

/*
 * Is fd the regular file stdout writes to?  `pbtable dir/STAR >>
 * dir/records.ndjson`, the glob matching the output too, read back the
 * records it had just appended,
 * passed them through and appended them again: 102 MB from 1.9 MB in
 * under a second, on until the disk was full.  What cat does: refuse it.
 */
static int is_output(int fd)
{
	struct stat in, out;

	return fstat(fd, &in) == 0 && S_ISREG(in.st_mode) && fstat(STDOUT_FILENO, &out) == 0 &&
	       in.st_dev == out.st_dev && in.st_ino == out.st_ino;
}

/* An error at the input, named as its records name it (the path as
 * given, should that name take more memory than there is) */
static void say(const char *arg, const char *what, const char *why)
{
	char *name = pb_path_name_dup(arg);

	pb_diag(1, name ? name : arg, 0, "%s%s", what, why);
	free(name);
}

static int is_stdin(const char *arg)
{
	return strcmp(arg, "-") == 0;
}

int pb_open_input(const char *arg)
{
	int fd;

	if (is_stdin(arg)) {
		if (stdin_closed) {
			say(arg, "read error: ", strerror(EBADF));
			return -1;
		}
		fd = STDIN_FILENO;
	} else {
		fd = open(arg, O_RDONLY);
		if (fd < 0) {
			int e = errno;
			say(arg, "", strerror(e));
			return -1;
		}
		if (fd == STDIN_FILENO)
			stdin_closed = 1;
	}
	if (is_output(fd)) {
		pb_close_input(arg, fd);
		say(arg, "", "input file is output file");
		return -1;
	}
	return fd;
}

void pb_close_input(const char *arg, int fd)
{
	if (!is_stdin(arg))
		close(fd);
}
