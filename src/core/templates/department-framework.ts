/** A 三级指标 of a department-wide evaluation: its 分值 and 评分标准. */
export interface FrameworkIndicator {
  name: string;
  weight: number;
  standard: string;
}

export interface FrameworkGroup {
  name: string;
  indicators: FrameworkIndicator[];
}

export interface FrameworkArea {
  name: string;
  groups: FrameworkGroup[];
}

/**
 * 部门整体支出绩效评价指标体系 of a 2023 expert evaluation (部门决策 10 / 部门管理 20 / 部门产出 40 / 部门效益 30).
 * Parent weights are not stored: they are the sums of their indicators, written into the labels.
 */
export const DEPARTMENT_FRAMEWORK: FrameworkArea[] = [
  {
    name: "部门决策",
    groups: [
      {
        name: "目标设定情况",
        indicators: [
          { name: "绩效指标明确性", weight: 1, standard: "绩效目标合法合规，与部门职责和年度任务相符，内容明确" },
          { name: "绩效目标合理性", weight: 1, standard: "绩效目标与年度任务对应，可实现、可完成" },
          { name: "目标依据充分性", weight: 1, standard: "目标细化分解为具体工作任务，以清晰、可衡量的指标值体现" },
        ],
      },
      {
        name: "决策过程",
        indicators: [{ name: "决策程序", weight: 3, standard: "决策依据充分，决策流程明确，决策程序有效" }],
      },
      {
        name: "预算资金分配",
        indicators: [
          { name: "分配依据", weight: 2, standard: "预算编制、分配依据充分，与绩效目标一致，分配结果合理" },
          { name: "三公经费变动率", weight: 1, standard: "三公经费较上年不增加得满分，增加的按比例扣分" },
          { name: "重点支出保障率", weight: 1, standard: "重点项目支出占项目总支出的比重，保障到位得满分" },
        ],
      },
    ],
  },
  {
    name: "部门管理",
    groups: [
      {
        name: "预算执行",
        indicators: [
          { name: "部门支出预算执行率", weight: 1, standard: "支出预算执行数与预算数之比，按比例得分" },
          { name: "部门预算支出的调整情况", weight: 1, standard: "支出预算调整率，调整越少得分越高" },
          { name: "结转结余率", weight: 1, standard: "结转结余总额与支出预算数之比，越低得分越高" },
          { name: "公用经费控制率", weight: 1, standard: "公用经费实际支出不超过预算安排得满分" },
        ],
      },
      {
        name: "预算管理",
        indicators: [
          { name: "管理制度健全性和有效性", weight: 2, standard: "预算、财务、资产管理制度健全完善并有效执行" },
          { name: "资金使用合规性和安全性", weight: 3, standard: "财务核算规范，支出安全合规，审批手续完整" },
          { name: "预决算信息公开性", weight: 2, standard: "按规定内容和时限公开预决算信息" },
          { name: "基础信息完善性", weight: 2, standard: "基础数据和会计信息真实、完整、准确" },
        ],
      },
      {
        name: "绩效管理",
        indicators: [
          { name: "组织机构及制度建设情况", weight: 2, standard: "设立绩效管理组织机构，工作组织有效、协调顺畅" },
          { name: "绩效信息收集情况", weight: 2, standard: "绩效信息归集及时、完备、准确、规范" },
        ],
      },
      {
        name: "资产管理",
        indicators: [
          { name: "资产管理规范性", weight: 1.5, standard: "资产安全完整，配置合理，使用和处置规范" },
          { name: "固定资产利用率", weight: 1.5, standard: "实际在用固定资产与全部固定资产之比" },
        ],
      },
    ],
  },
  {
    name: "部门产出",
    groups: [
      { name: "产出数量", indicators: [{ name: "实际完成率", weight: 10, standard: "各项任务按预期数量完成，按完成比例得分" }] },
      { name: "产出质量", indicators: [{ name: "质量达标率", weight: 10, standard: "各项任务按预期质量要求完成，按达标比例得分" }] },
      { name: "产出时效", indicators: [{ name: "完成及时性", weight: 10, standard: "各项任务按计划时间完成，按及时完成比例得分" }] },
      { name: "产出成本", indicators: [{ name: "成本节约率", weight: 10, standard: "实施成本控制在预算以内得满分，超支的按比例扣分" }] },
    ],
  },
  {
    name: "部门效益",
    groups: [
      {
        name: "效益",
        indicators: [
          { name: "社会效益", weight: 9, standard: "部门履职对经济社会发展、民生保障带来的直接或间接影响" },
          { name: "环境效益", weight: 7, standard: "部门各项工作对区域环境产生的影响" },
          { name: "可持续影响", weight: 7, standard: "长效机制建设和工作方式创新对绩效目标实现的持续影响" },
          { name: "服务对象满意度", weight: 7, standard: "服务对象对部门履职效果的满意程度" },
        ],
      },
    ],
  },
];
