package cn.zhaoshang.project.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;

/** How a project was attracted (招商方式): 驻点招商, 以商招商, 云招商 … */
@Entity
@Table(name = "attraction_method")
public class AttractionMethod extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    @Column(name = "sort_order")
    public int sortOrder;

    public static List<AttractionMethod> ordered() {
        return list("order by sortOrder, code");
    }
}
