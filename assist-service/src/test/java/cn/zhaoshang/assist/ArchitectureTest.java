package cn.zhaoshang.assist;

import cn.zhaoshang.testsupport.ServiceArchitectureTest;

/** No package cycles, rules in plain Java, resources that leave the database to services, no copy of the chassis. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("cn.zhaoshang.assist");
    }
}
