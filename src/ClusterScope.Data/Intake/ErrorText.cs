namespace ClusterScope.Data.Intake;

/// <summary>The import's error messages, in English and Chinese, worded for the person who fills in the file.</summary>
internal static class ErrorText
{
    public static (string En, string Zh) MissingColumn(string column, IEnumerable<string> expected) =>
        ($"the file has no column '{column}'; expected columns: {string.Join(", ", expected)}",
         $"文件缺少“{column}”列；应有的列：{string.Join(", ", expected)}");

    public static (string En, string Zh) Empty(string column) =>
        ($"'{column}' is empty; it must be filled in", $"“{column}”为空，必须填写");

    public static (string En, string Zh) NotANumber(string? text) =>
        ($"'{text}' is not a number (use digits with a decimal point, e.g. 1234.5)", $"“{text}”不是数字（请用阿拉伯数字和小数点，如 1234.5）");

    public static (string En, string Zh) Negative(string? text) =>
        ($"{text} is negative; values must be zero or more", $"{text} 为负数；数值不能小于零");

    public static (string En, string Zh) Absurd(string? text, string limit) =>
        ($"{text} is beyond any plausible value ({limit}); check the unit", $"{text} 超出合理范围（{limit}），请检查单位");

    public static (string En, string Zh) NotOneOf(string? text, IEnumerable<string> allowed) =>
        ($"'{text}' is not one of: {string.Join(", ", allowed)}", $"“{text}”不在允许的取值中：{string.Join(", ", allowed)}");

    public static (string En, string Zh) BadPeriod(string? text) =>
        ($"'{text}' is not a period: use a year (2017), a quarter (2023-Q1) or a month (2023-07), between 1949 and 2100",
         $"“{text}”不是有效的期间：请写年份（2017）、季度（2023-Q1）或月份（2023-07），年份在 1949 至 2100 之间");

    public static (string En, string Zh) BadDate(string? text) =>
        ($"'{text}' is not a date (use yyyy-MM-dd, e.g. 2018-03-01)", $"“{text}”不是日期（格式 yyyy-MM-dd，如 2018-03-01）");

    public static (string En, string Zh) BadBoolean(string? text) =>
        ($"'{text}' is not true or false", $"“{text}”不是 true 或 false");

    public static (string En, string Zh) TooLong(string column, int max) =>
        ($"'{column}' is longer than {max} characters", $"“{column}”超过 {max} 个字符");

    public static (string En, string Zh) Unknown(string what, string whatZh, string? code) =>
        ($"there is no {what} with code '{code}'", $"不存在代码为“{code}”的{whatZh}");

    public static (string En, string Zh) WrongEntityKind(string indicator, string expected, string given) =>
        ($"indicator '{indicator}' describes {expected} entities, not {given}", $"指标“{indicator}”适用于 {expected} 类对象，而非 {given}");

    public static (string En, string Zh) DuplicateInFile(string what, int firstRow) =>
        ($"{what} already appears in row {firstRow}", $"{what} 已在第 {firstRow} 行出现");

    public static (string En, string Zh) DuplicateInDatabase(string what, string otherCode) =>
        ($"{what} is already used by '{otherCode}' in the database", $"{what} 已被数据库中的“{otherCode}”使用");

    public static (string En, string Zh) CreditCode(string? code, string detail) =>
        ($"invalid unified social credit code: {detail}", $"统一社会信用代码“{code}”无效（{detail}）");

    public static (string En, string Zh) OutOfRange(string? text, double low, double high) =>
        ($"{text} is outside {low} to {high}", $"{text} 不在 {low} 至 {high} 之间");

    public static (string En, string Zh) Unreadable(string detail) =>
        ($"the file cannot be read as CSV or XLSX: {detail}", $"无法按 CSV 或 XLSX 读取该文件：{detail}");

    public static (string En, string Zh) NoHeader() =>
        ("the file is empty: the first row must name the columns", "文件为空：第一行应为列名");

    public static (string En, string Zh) NotYourZone(string code, string zone) =>
        ($"{code} belongs to zone {zone}, which is not one of your zones", $"{code} 属于开发区 {zone}，不是您负责的开发区");

    public static (string En, string Zh) OtherZone(string code, string zone, string chosen) =>
        ($"{code} belongs to zone {zone}, not to zone {chosen} chosen for this submission; submit it separately for {zone}",
         $"{code} 属于开发区 {zone}，而非本次报送所选的开发区 {chosen}；请为 {zone} 单独报送");

    public static (string En, string Zh) NoZone(string code) =>
        ($"{code} belongs to no development zone; a zone submits figures of its zone, clusters and enterprises only",
         $"{code} 不属于任何开发区；开发区只能报送本区、本区集群和企业的数据");

    public static (string En, string Zh) NoFigures() =>
        ("the file holds no figures: add one row per value under the header", "文件中没有数据：请在列名下每行填写一个数值");
}
