#!/usr/bin/env bats
# pbsplit: in a stream, a filing without project tables (its part 2 says
# 本部门无预算项目, or the file was cut before its tables) ends where the
# next filing's cover begins (the cover title with its 编制/审核 lines or
# 目录), or, after its part 2, at a coverless filing's 第一部分; the next
# filing's projects keep their own year.  The filing's own running page
# header (title, page number, department, draft mark) starts nothing.  A
# filing whose 第一部分 heading is missing takes its part 1's text with it
# (review r13, findings 1 and 12).

load common

T="$FIX/r13a"

# the docs of a stream: [[doc, line, year, title, dept]...]
docs() {
	pbsplit "$1" | jq -sc '[.[] | select(.type=="doc") | [.doc, .line, .year, .title, .dept]]'
}

# pbtable's projects: [[doc, year, code, budget]...]
projects() {
	pbtable "$1" 2>/dev/null | jq -sc '[.[] | select(.type=="project") | [.doc, .year, .code, .budget]]'
}

# pbsum -g year: "year projects budget" per row
byyear() {
	pbtable "$1" 2>/dev/null | pbsum -g year | awk -F'\t' 'NR > 1 { printf "%s %s %s;", $1, $2, $3 }'
}

# the files concatenated, in UTF-8 and in GB18030 with CRLF
stream() {
	local b="$BATS_TEST_TMPDIR/$1"
	shift
	(cd "$T" && cat "$@") > "$b.txt"
	sed 's/$/\r/' "$b.txt" | iconv -f UTF-8 -t GB18030 > "$b-gb.txt"
	echo "$b.txt $b-gb.txt"
}

# the blocks of a GB18030 file give back its UTF-8 text, CRs and all
lossless_gb() {
	pbsplit "$1" | jq -j 'select(.type=="block").text' | cmp - <(iconv -f GB18030 -t UTF-8 "$1")
}

check_lossless() {
	case $1 in *-gb.txt) lossless_gb "$1" ;; *) lossless "$1" ;; esac
}

@test "a filing without projects, then a filing: two docs, the second's projects under its own year" {
	for f in $(stream a noproj.txt tg.txt); do
		check_lossless "$f"
		run docs "$f"
		[ "$output" = '[[1,1,2024,"2024年部门预算绩效文本","西河镇农业服务中心"],[2,49,2025,"2025年部门预算绩效文本","东坪县水利局本级"]]' ] || { echo "$f: $output"; false; }
		run projects "$f"
		[ "$output" = '[[2,2025,"53082225P000021100011",50]]' ] || { echo "$f: $output"; false; }
		run byyear "$f"
		[ "$output" = '2025 1 50.000000;' ] || { echo "$f: $output"; false; }
	done
}

@test "a filing cut before its tables, then a filing: two docs, each cut-file count its own" {
	for f in $(stream b cut.txt tg.txt); do
		check_lossless "$f"
		run docs "$f"
		[ "$output" = '[[1,1,2024,"2024年部门预算绩效文本","南岭县林业局"],[2,48,2025,"2025年部门预算绩效文本","东坪县水利局本级"]]' ] || { echo "$f: $output"; false; }
		run projects "$f"
		[ "$output" = '[[2,2025,"53082225P000021100011",50]]' ] || { echo "$f: $output"; false; }
		run byyear "$f"
		[ "$output" = '2025 1 50.000000;' ] || { echo "$f: $output"; false; }
		# the cut filing is told of as itself: its 目录 lists 1 table
		run pbtable "$f"
		[[ "$output" == *":43: no project table found under the part 2 heading"*"lists 1"* ]] || { echo "$f: $output"; false; }
	done
}

@test "a filing without projects, then a coverless filing from its 第一部分: the project's year from its code" {
	for f in $(stream c noproj.txt nocover.txt); do
		check_lossless "$f"
		run docs "$f"
		[ "$output" = '[[1,1,2024,"2024年部门预算绩效文本","西河镇农业服务中心"],[2,47,null,null,"东坪县水利局本级"]]' ] || { echo "$f: $output"; false; }
		run projects "$f"
		[ "$output" = '[[2,2025,"53082225P000021100011",50]]' ] || { echo "$f: $output"; false; }
		run byyear "$f"
		[ "$output" = '2025 1 50.000000;' ] || { echo "$f: $output"; false; }
	done
}

@test "running headers in a filing without projects start nothing; the next filing's cover does" {
	for f in $(stream g noproj-hdr.txt); do
		check_lossless "$f"
		run docs "$f"
		[ "$output" = '[[1,1,2024,"2024年部门预算绩效文本","西河镇农业服务中心"]]' ] || { echo "$f: $output"; false; }
		[ "$(pbsplit "$f" | jq -sc '[.[] | select(.type=="block") | .kind] | map(select(. != "other"))')" = '["cover","toc","part","overall_goal","sub_goals","measures","part"]' ]
	done
	for f in $(stream d noproj-hdr.txt tg.txt) $(stream f noproj.txt noproj-hdr.txt tg.txt); do
		check_lossless "$f"
		run docs "$f"
		case $f in
		*/d*) [ "$output" = '[[1,1,2024,"2024年部门预算绩效文本","西河镇农业服务中心"],[2,64,2025,"2025年部门预算绩效文本","东坪县水利局本级"]]' ] || { echo "$f: $output"; false; } ;;
		*) [ "$output" = '[[1,1,2024,"2024年部门预算绩效文本","西河镇农业服务中心"],[2,49,2024,"2024年部门预算绩效文本","西河镇农业服务中心"],[3,110,2025,"2025年部门预算绩效文本","东坪县水利局本级"]]' ] || { echo "$f: $output"; false; } ;;
		esac
		run projects "$f"
		[[ "$output" = '[['[23]',2025,"53082225P000021100011",50]]' ]] || { echo "$f: $output"; false; }
		run byyear "$f"
		[ "$output" = '2025 1 50.000000;' ] || { echo "$f: $output"; false; }
	done
}

@test "a filing without its 第一部分 heading after a filing: its part 1 is its own" {
	for f in $(stream e tg.txt nop1.txt); do
		check_lossless "$f"
		run docs "$f"
		[ "$output" = '[[1,1,2025,"2025年部门预算绩效文本","东坪县水利局本级"],[2,63,null,null,"东坪县水利局本级"]]' ] || { echo "$f: $output"; false; }
		[ "$(pbsplit "$f" | jq -sc '[.[] | select(.type=="block" and .kind != "other") | [.doc, .kind, .line]] | .[-5:]')" = '[[2,"overall_goal",63],[2,"sub_goals",67],[2,"measures",73],[2,"part",79],[2,"project_table",83]]' ] || { echo "$f"; pbsplit "$f" | jq -c 'select(.type=="block") | [.doc, .kind, .line]'; false; }
		run projects "$f"
		[ "$output" = '[[1,2025,"53082225P000021100011",50],[2,2025,"53082225P000021100011",50]]' ] || { echo "$f: $output"; false; }
	done
}
