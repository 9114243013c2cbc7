package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import java.util.ArrayList;
import java.util.List;

/** A rule as indented Chinese lines for officers ("全部满足：", "  企业规模 属于其一 小型、微型"). */
final class RuleDisplay {

    private RuleDisplay() {
    }

    static List<String> lines(Rule rule) {
        List<String> out = new ArrayList<>();
        add(rule, "", out);
        return out;
    }

    private static void add(Rule rule, String indent, List<String> out) {
        switch (rule) {
            case Rule.All a -> {
                out.add(Text.of("policy.ruleDisplay.all", indent));
                a.children().forEach(c -> add(c, Text.of("policy.ruleDisplay.indent", indent), out));
            }
            case Rule.Any a -> {
                out.add(Text.of("policy.ruleDisplay.any", indent));
                a.children().forEach(c -> add(c, Text.of("policy.ruleDisplay.indent", indent), out));
            }
            case Rule.Not n -> {
                out.add(Text.of("policy.ruleDisplay.not", indent));
                add(n.child(), Text.of("policy.ruleDisplay.indent", indent), out);
            }
            case Rule.Leaf l -> out.add(indent + l.attr().label() + " " + l.op().label() + " "
                    + PolicyText.value(l.attr(), RuleFormat.plainValue(l)));
        }
    }
}
