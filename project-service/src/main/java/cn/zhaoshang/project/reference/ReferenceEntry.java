package cn.zhaoshang.project.reference;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One reference entry on the wire: a code, its Chinese label and, where it has them, a kind or a parent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferenceEntry(String code, String name, String kind, String parentCode) {

    static ReferenceEntry of(District d) {
        return new ReferenceEntry(d.code, d.name, d.kind, null);
    }

    static ReferenceEntry of(Industry i) {
        return new ReferenceEntry(i.code, i.name, null, i.parentCode);
    }

    static ReferenceEntry of(ProjectCategory c) {
        return new ReferenceEntry(c.code, c.name, null, null);
    }

    static ReferenceEntry of(AttractionMethod m) {
        return new ReferenceEntry(m.code, m.name, null, null);
    }
}
