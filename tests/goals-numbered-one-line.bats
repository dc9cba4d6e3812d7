#!/usr/bin/env bats
# Goals (绩效目标) numbered in one line in the styles of pb_list_number
# (（1） ① 一、 （一）): each is a goal when the numbers run in turn, even
# where normalizing took the blank between them (a space between CJK
# characters is wrapping's); a number out of turn is the goal's text.

load common

F="$FIX/goals-inline/one-line.txt"

goals() {
	pbtable "$F" 2>/dev/null | jq -c "select(.type==\"project\" and .seq==$1) | .goals"
}

TWO='["保障机关运转","提高办公效率"]'

@test "（1）…（2）… with an ASCII space between: two goals" {
	[ "$(goals 1)" = "$TWO" ]
}
@test "（1）…（2）… with an ideographic space between: two goals" {
	[ "$(goals 2)" = "$TWO" ]
}
@test "（1）…（2）… with nothing between: two goals" {
	[ "$(goals 3)" = "$TWO" ]
}
@test "(1)…(2)… with nothing between, as its full-width twin: two goals" {
	[ "$(goals 4)" = "$TWO" ]
}
@test "①…；②…: two goals" {
	[ "$(goals 5)" = "$TWO" ]
}
@test "①…②…③… with no stop between: three goals" {
	[ "$(goals 6)" = '["保障机关运转","提高办公效率","按时完成采购"]' ]
}
@test "一、…；二、…: two goals" {
	[ "$(goals 7)" = "$TWO" ]
}
@test "（一）…；（二）…: two goals" {
	[ "$(goals 8)" = "$TWO" ]
}
@test "（3） after （1） is out of turn: text of goal 1, （2） starts goal 2" {
	[ "$(goals 9)" = '["执行（3）号文件要求","提高办公效率"]' ]
}
@test "二、三号楼 (a numeral after the mark) is text of goal 1, the 二、 after it starts goal 2" {
	[ "$(goals 10)" = '["完成二、三号楼维修","提高办公效率"]' ]
}
@test "（2） in a list numbered ① is text: ② starts goal 2" {
	[ "$(goals 11)" = '["完成（2）号楼维修","提高办公效率"]' ]
}
@test "a grid row that starts no number goes on with the list: its （2） starts goal 2" {
	[ "$(goals 12)" = '["保障机关运转，全年无故障","提高办公效率"]' ]
}
@test "十、…十一、…十二、…: three goals, 十二 not cut at 二" {
	[ "$(goals 13)" = '["保障机关运转","提高办公效率","按时完成采购"]' ]
}
