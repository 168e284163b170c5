package cn.zhaoshang.project.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.List;

/** An industry or industrial chain (产业链); chains may sit under a parent industry. */
@Entity
public class Industry extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "sort_order")
    public int sortOrder;

    public static List<Industry> ordered() {
        return list("order by sortOrder, code");
    }
}
