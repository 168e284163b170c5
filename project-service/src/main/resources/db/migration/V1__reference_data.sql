-- Reference data: codes on the wire, Chinese labels here. Admins may add entries over the API.
create table district (
    code       varchar(40) primary key,
    name       varchar(100) not null,
    kind       varchar(20)  not null, -- DISTRICT, COUNTY or PARK
    sort_order int          not null default 100
);

create table industry (
    code        varchar(40) primary key,
    name        varchar(100) not null,
    parent_code varchar(40) references industry (code),
    sort_order  int not null default 100
);

create table project_category (
    code       varchar(40) primary key,
    name       varchar(100) not null,
    sort_order int not null default 100
);

create table attraction_method (
    code       varchar(40) primary key,
    name       varchar(100) not null,
    sort_order int not null default 100
);

insert into district (code, name, kind, sort_order) values
    ('etdz',             '淮安经济技术开发区', 'PARK',     10),
    ('qingjiangpu',      '清江浦区',           'DISTRICT', 20),
    ('huaian',           '淮安区',             'DISTRICT', 30),
    ('huaiyin',          '淮阴区',             'DISTRICT', 40),
    ('hongze',           '洪泽区',             'DISTRICT', 50),
    ('lianshui',         '涟水县',             'COUNTY',   60),
    ('xuyi',             '盱眙县',             'COUNTY',   70),
    ('jinhu',            '金湖县',             'COUNTY',   80),
    ('industrial-park',  '淮安工业园区',       'PARK',     90);

insert into industry (code, name, parent_code, sort_order) values
    ('electronics',        '电子信息',     null, 10),
    ('high-end-equipment', '高端装备制造', null, 20),
    ('new-energy',         '新能源',       null, 30),
    ('green-food',         '绿色食品',     null, 40),
    ('biomedicine',        '生物医药',     null, 50),
    ('lithium-battery',    '锂电能源',     null, 60),
    ('pcb',                'PCB',          null, 70),
    ('new-materials',      '新材料',       null, 80),
    ('other',              '其他',         null, 900);
insert into industry (code, name, parent_code, sort_order) values
    ('photovoltaic',    '光伏',       'new-energy', 31),
    ('energy-storage',  '储能',       'new-energy', 32),
    ('sodium-battery',  '钠离子电池', 'new-energy', 33);

insert into project_category (code, name, sort_order) values
    ('INDUSTRIAL',             '工业项目',     10),
    ('ADVANCED_MANUFACTURING', '先进制造业',   20),
    ('HIGH_TECH',              '高新技术产业', 30),
    ('SERVICE',                '服务业',       40),
    ('AGRICULTURE',            '农业',         50);

insert into attraction_method (code, name, sort_order) values
    ('RESIDENT',          '驻点招商',   10),
    ('BUSINESS_REFERRAL', '以商招商',   20),
    ('ONLINE',            '云招商',     30),
    ('FUND',              '基金招商',   40),
    ('COMMISSIONED',      '委托招商',   50),
    ('INDUSTRY_CHAIN',    '产业链招商', 60),
    ('HOMETOWN',          '乡贤招商',   70);
