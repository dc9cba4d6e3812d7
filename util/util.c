#include "util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *argv0 = "pb";
int pb_status;
static int write_failed;

void pb_setprog(char **argv)
{
	const char *s = strrchr(argv[0], '/');
	argv0 = s ? s + 1 : argv[0];
	/* getopt names the program from argv[0]: its messages then start
	 * "pbsum:" like ours, not with the path the tool was run by */
	argv[0] = (char *)argv0;
}

void pb_errorf(const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s: ", argv0);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	pb_status = PB_EXIT_ERROR;
}

void pb_diag(int is_error, const char *file, long line, const char *fmt, ...)
{
	va_list ap;
	if (line > 0)
		fprintf(stderr, "%s: %s:%ld: ", argv0, file, line);
	else
		fprintf(stderr, "%s: %s: ", argv0, file);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (is_error)
		pb_status = PB_EXIT_ERROR;
}

void pb_out(pb_buf *b, int force)
{
	if (!force && b->len < 65536)
		return;
	if (b->len && !write_failed && fwrite(b->ptr, 1, b->len, stdout) != b->len)
		write_failed = errno ? errno : EIO;
	pb_buf_reset(b);
}

int pb_out_close(void)
{
	if (fflush(stdout) != 0 && !write_failed)
		write_failed = errno ? errno : EIO;
	if (fclose(stdout) != 0 && !write_failed)
		write_failed = errno ? errno : EIO;
	if (write_failed) {
		fprintf(stderr, "%s: write error: %s\n", argv0, strerror(write_failed));
		return PB_EXIT_ERROR;
	}
	return PB_EXIT_OK;
}

int pb_version(void)
{
	printf("%s (pb) %s\n", argv0, PB_VERSION);
	/* like the help text: lost to a full disk, it is a failed write */
	return pb_out_close();
}

int pb_pick(const char *what, const char *arg, const char *const *names)
{
	char list[160] = "";
	size_t n = 0;

	for (int i = 0; names[i]; i++)
		if (!strcmp(arg, names[i]))
			return i;
	for (int i = 0; names[i] && n < sizeof list; i++)
		n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", i ? ", " : "", names[i]);
	pb_errorf("unknown %s '%s' (one of: %s)", what, arg, list);
	return -1;
}

int pb_pick_encoding(const char *arg, pb_enc *enc)
{
	if (pb_enc_parse(arg, enc) < 0) {
		pb_errorf("unknown encoding '%s' (one of: auto, utf-8, gb18030)", arg);
		return -1;
	}
	return 0;
}
