package cn.zhaoshang.console.web;

import cn.zhaoshang.console.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a page reads from the APIs' JSON: the plain value, never JSON's own spelling of it. */
class JsonValuesTest {

    @Test
    void fieldsBecomePlainValuesAndNestedArraysBecomeLists() {
        JsonNode team = Json.of("{'chief':'li.na','members':['zhang.wei','li.si'],'size':3,'amount':120000.50,"
                + "'paused':false,'big':12345678901234.56,'owner':null,'milestones':[{'stage':'SIGNED'}]}");
        assertEquals("li.na", JsonValues.value(team, "chief"));
        assertEquals(List.of("zhang.wei", "li.si"), JsonValues.value(team, "members"), "names without JSON's quotes");
        assertEquals(3L, JsonValues.value(team, "size"), "an object's field named size is the field");
        assertEquals(0, new BigDecimal("120000.50").compareTo((BigDecimal) JsonValues.value(team, "amount")));
        assertEquals(0, new BigDecimal("12345678901234.56").compareTo((BigDecimal) JsonValues.value(team, "big")),
                "money beyond a double's precision stays exact");
        assertEquals(false, JsonValues.value(team, "paused"));
        assertNull(JsonValues.value(team, "owner"));
        assertNull(JsonValues.value(team, "missing"));
        assertInstanceOf(JsonNode.class, ((List<?>) JsonValues.value(team, "milestones")).get(0), "objects stay readable");
        JsonNode items = Json.of("[{'id':1},{'id':2}]");
        assertEquals(2, JsonValues.value(items, "size"));
        assertEquals(false, JsonValues.value(items, "isEmpty"));
        assertEquals(true, JsonValues.value(Json.of("[]"), "isEmpty"));
    }
}
