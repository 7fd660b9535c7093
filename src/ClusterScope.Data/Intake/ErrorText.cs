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
        ($"'{Prefix(text)}' is not a number (use digits with a decimal point, e.g. 1234.5)", $"“{Prefix(text)}”不是数字（请用阿拉伯数字和小数点，如 1234.5）");

    public static (string En, string Zh) Negative(string? text) =>
        ($"{Prefix(text)} is negative; values must be zero or more", $"{Prefix(text)} 为负数；数值不能小于零");

    public static (string En, string Zh) Absurd(string? text, string limit) =>
        ($"{Prefix(text)} is beyond any plausible value ({limit}); check the unit", $"{Prefix(text)} 超出合理范围（{limit}），请检查单位");

    public static (string En, string Zh) NotOneOf(string? text, IEnumerable<string> allowed) =>
        ($"'{Prefix(text)}' is not one of: {string.Join(", ", allowed)}", $"“{Prefix(text)}”不在允许的取值中：{string.Join(", ", allowed)}");

    public static (string En, string Zh) BadPeriod(string? text) =>
        ($"'{Prefix(text)}' is not a period: use a year (2017), a quarter (2023-Q1) or a month (2023-07), between 1949 and 2100",
         $"“{Prefix(text)}”不是有效的期间：请写年份（2017）、季度（2023-Q1）或月份（2023-07），年份在 1949 至 2100 之间");

    public static (string En, string Zh) BadDate(string? text) =>
        ($"'{Prefix(text)}' is not a date (use yyyy-MM-dd, e.g. 2018-03-01)", $"“{Prefix(text)}”不是日期（格式 yyyy-MM-dd，如 2018-03-01）");

    public static (string En, string Zh) BadBoolean(string? text) =>
        ($"'{Prefix(text)}' is not true or false", $"“{Prefix(text)}”不是 true 或 false");

    public static (string En, string Zh) Unknown(string what, string whatZh, string? code) =>
        ($"there is no {what} with code '{Prefix(code)}'", $"不存在代码为“{Prefix(code)}”的{whatZh}");

    public static (string En, string Zh) WrongEntityKind(string indicator, string expected, string given) =>
        ($"indicator '{indicator}' describes {expected} entities, not {given}", $"指标“{indicator}”适用于 {expected} 类对象，而非 {given}");

    public static (string En, string Zh) DuplicateInFile(string what, int firstRow) =>
        ($"{what} already appears in row {firstRow}", $"{what} 已在第 {firstRow} 行出现");

    public static (string En, string Zh) DuplicateInDatabase(string what, string otherCode) =>
        ($"{what} is already used by '{otherCode}' in the database", $"{what} 已被数据库中的“{otherCode}”使用");

    public static (string En, string Zh) CreditCode(string? code, string detail) =>
        ($"invalid unified social credit code: {detail}", $"统一社会信用代码“{Prefix(code)}”无效（{detail}）");

    public static (string En, string Zh) OutOfRange(string? text, double low, double high) =>
        ($"{Prefix(text)} is outside {low} to {high}", $"{Prefix(text)} 不在 {low} 至 {high} 之间");

    public static (string En, string Zh) Unreadable(string detail) =>
        ($"the file cannot be read as CSV or XLSX: {detail}", $"无法按 CSV 或 XLSX 读取该文件：{detail}");

    public static (string En, string Zh) NoHeader() =>
        ("the file is empty: the first row must name the columns", "文件为空：第一行应为列名");

    public static (string En, string Zh) NotYourZone(string code, string zone) =>
        ($"{Prefix(code)} belongs to zone {zone}, which is not one of your zones", $"{Prefix(code)} 属于开发区 {zone}，不是您负责的开发区");

    public static (string En, string Zh) OtherZone(string code, string zone, string chosen) =>
        ($"{Prefix(code)} belongs to zone {zone}, not to zone {chosen} chosen for this submission; submit it separately for {zone}",
         $"{Prefix(code)} 属于开发区 {zone}，而非本次报送所选的开发区 {chosen}；请为 {zone} 单独报送");

    public static (string En, string Zh) NoZone(string code) =>
        ($"{Prefix(code)} belongs to no development zone; a zone submits figures of its zone, clusters and enterprises only",
         $"{Prefix(code)} 不属于任何开发区；开发区只能报送本区、本区集群和企业的数据");

    public static (string En, string Zh) NoFigures() =>
        ("the file holds no figures: add one row per value under the header", "文件中没有数据：请在列名下每行填写一个数值");

    /// <summary>At most 40 characters of a cell, so a hostile cell never travels whole into a message.</summary>
    public static string Prefix(string? text) =>
        text is null ? string.Empty : text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    public static (string En, string Zh) OverBudget(TimeSpan budget) =>
        ($"the file took longer than {budget.TotalSeconds:0} s to read; split it into smaller files",
         $"读取该文件超过 {budget.TotalSeconds:0} 秒；请拆分为较小的文件");

    public static (string En, string Zh) TooManyRows(int max) =>
        ($"the file has more than {max:N0} rows; split it into smaller files", $"文件超过 {max:N0} 行；请拆分为较小的文件");

    public static (string En, string Zh) TooManyColumns(int max) =>
        ($"a row has more than {max} columns", $"某行超过 {max} 列");

    public static (string En, string Zh) CellTooLong(int max) =>
        ($"a cell holds more than {max:N0} characters", $"某个单元格超过 {max:N0} 个字符");

    public static (string En, string Zh) TooManyParts(int count, int max) =>
        ($"the XLSX file has {count:N0} parts; at most {max:N0} are read", $"该 XLSX 文件包含 {count:N0} 个部件，最多读取 {max:N0} 个");

    public static (string En, string Zh) UnpacksTooBig(long max) =>
        ($"the XLSX file unpacks to more than {max / (1024 * 1024):N0} MB", $"该 XLSX 文件解压后超过 {max / (1024 * 1024):N0} MB");

    public static (string En, string Zh) PacksTooTightly(string part, int ratio) =>
        ($"part '{Prefix(part)}' of the XLSX file unpacks to more than {ratio} times its packed size, as a zip bomb does",
         $"该 XLSX 文件的部件“{Prefix(part)}”解压后超过压缩大小的 {ratio} 倍（疑似压缩炸弹）");

    public static (string En, string Zh) DtdRefused() =>
        ("the file declares a DTD or entities, which are refused (they can read server files or expand without end)",
         "文件含有 DTD 或实体声明，出于安全原因不予接受");

    public static (string En, string Zh) NotTextIn(int row, System.Text.Encoding? encoding) =>
        ($"row {row} has bytes that are not {(encoding is null ? "UTF-8 or GB18030 (GBK)" : encoding.WebName.ToUpperInvariant())} text; save the file as UTF-8 (in Excel: CSV UTF-8) and upload it again",
         $"第 {row} 行含有无法按 {(encoding is null ? "UTF-8 或 GB18030（GBK）" : encoding.WebName.ToUpperInvariant())} 解码的字节；请将文件另存为 UTF-8（Excel 中选择“CSV UTF-8”）后重新上传");

    public static (string En, string Zh) ControlCharacter(int row, string column) =>
        ($"row {row}, column '{Prefix(column)}' holds a control character (such as NUL) or U+FFFD, a character lost in an earlier decoding; remove it",
         $"第 {row} 行“{Prefix(column)}”列含有控制字符（如 NUL）或 U+FFFD（此前转码时丢失的字符），请删除");

    public static (string En, string Zh) DuplicateColumn(string name, string first, string second) =>
        ($"column '{Prefix(name)}' appears twice (columns {first} and {second}); keep one", $"“{Prefix(name)}”列出现两次（第 {first} 列和第 {second} 列），请只保留一列");
}
