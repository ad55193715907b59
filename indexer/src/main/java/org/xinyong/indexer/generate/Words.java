package org.xinyong.indexer.generate;

import java.util.List;

/** The word lists synthetic names are built from. Invented brands: any likeness to a real firm is chance. */
final class Words {
    static final List<String> SURNAMES = List.of("张", "王", "李", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
            "彭", "曾", "顾", "缪", "施", "季", "瞿", "陆", "钱", "沈");
    static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
            "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "晓东", "春梅",
            "国庆", "红梅", "文杰", "宏伟", "玉兰", "建国", "秀兰", "卫东", "晓燕");
    /** Two of these make a brand (金梭, 海韵 …). */
    static final List<String> BRAND = List.of("金", "梭", "海", "韵", "通", "达", "恒", "盛", "鑫", "源", "华", "泰",
            "锦", "绣", "宏", "远", "瑞", "丰", "嘉", "禾", "新", "阳", "江", "帆", "天", "虹", "东", "方", "中",
            "信", "诚", "德", "润", "博", "凯", "祥", "银", "河", "紫", "琅", "濠", "港", "启", "明", "星", "辰",
            "永", "安", "富", "康");
    static final List<String> INDUSTRIES = List.of("国际家纺", "家纺", "纺织", "纺织科技", "建筑工程", "建设工程",
            "船舶重工", "船舶配套", "化工", "精细化工", "食品", "物流", "科技", "信息科技", "医药", "生物医药",
            "电子", "机械", "机械制造", "服饰", "餐饮管理", "商贸", "贸易", "置业", "钢结构", "新材料", "环保科技",
            "电力设备", "汽车销售", "农业发展");
    static final List<String> SUFFIXES = List.of("有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司");
    static final List<String> SHOPS = List.of("小吃店", "五金店", "便利店", "理发店", "服装店", "水果店", "汽车修理店",
            "饭店", "家纺店", "烟酒店", "面馆", "早餐店");
    /** Names carry a region prefix in several styles, as real registrations do. */
    static final List<String> PREFIX_STYLES = List.of("南通", "南通市", "江苏", "{district}", "南通", "南通");

    private Words() {
    }

    static String personName(Rng rng) {
        return rng.pick(SURNAMES) + rng.pick(GIVEN);
    }
}
