package cn.zhaoshang.project.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;

/** 工业项目, 先进制造业 …: a project may carry several. */
@Entity
@Table(name = "project_category")
public class ProjectCategory extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    @Column(name = "sort_order")
    public int sortOrder;

    public static List<ProjectCategory> ordered() {
        return list("order by sortOrder, code");
    }
}
