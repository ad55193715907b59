package org.xinyong.indexer.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The departments that issue records, with the abbreviation their document numbers start with
 * (通市监罚〔2025〕123号) and a valid 统一社会信用代码 (category 11: 机关).
 */
final class Authorities {
    record Authority(String name, String abbreviation, String code) {
    }

    static final List<Authority> PENALTY = list(
            "南通市市场监督管理局", "通市监罚",
            "南通市生态环境局", "通环罚",
            "南通市应急管理局", "通应急罚",
            "崇川区市场监督管理局", "崇市监罚",
            "国家税务总局南通市税务局", "通税罚",
            "南通市交通运输局", "通交罚",
            "南通市卫生健康委员会", "通卫罚",
            "南通市城市管理局", "通城管罚",
            "通州区市场监督管理局", "通州市监罚",
            "海门区应急管理局", "海应急罚",
            "如皋市市场监督管理局", "皋市监罚",
            "启东市生态环境局", "启环罚");

    static final List<Authority> LICENSE = list(
            "南通市行政审批局", "通行审许",
            "南通市市场监督管理局", "通市监许",
            "崇川区行政审批局", "崇行审许",
            "南通市生态环境局", "通环许",
            "南通市交通运输局", "通交许",
            "海安市行政审批局", "海安行审许",
            "如东县行政审批局", "东行审许");

    static final List<Authority> COURTS = list(
            "南通市中级人民法院", "苏06执",
            "南通市崇川区人民法院", "苏0602执",
            "南通市通州区人民法院", "苏0612执",
            "南通市海门区人民法院", "苏0614执",
            "如东县人民法院", "苏0623执",
            "启东市人民法院", "苏0681执",
            "如皋市人民法院", "苏0682执",
            "海安市人民法院", "苏0685执");

    static final List<Authority> OTHERS = list(
            "南通市发展和改革委员会", "通发改",
            "南通市市场监督管理局", "通市监",
            "国家税务总局南通市税务局", "通税",
            "南通海关", "通关",
            "南通市住房和城乡建设局", "通建",
            "南通市生态环境局", "通环");

    private Authorities() {
    }

    private static List<Authority> list(String... nameAbbreviation) {
        List<Authority> out = new ArrayList<>();
        for (int i = 0; i < nameAbbreviation.length; i += 2) {
            String name = nameAbbreviation[i];
            // a stable body per name, so one department has one code in every list
            String body = "MB" + String.format("%06d", Math.floorMod(name.hashCode(), 1_000_000));
            out.add(new Authority(name, nameAbbreviation[i + 1], SubjectPool.code("11", "320600", body)));
        }
        return List.copyOf(out);
    }
}
