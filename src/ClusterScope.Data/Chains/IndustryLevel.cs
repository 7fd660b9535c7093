namespace ClusterScope.Data.Chains;

/// <summary>The four levels of GB/T 4754-2017: 门类, 大类, 中类, 小类.</summary>
public enum IndustryLevel
{
    /// <summary>门类, a letter A–T.</summary>
    Section,
    /// <summary>大类, two digits.</summary>
    Division,
    /// <summary>中类, three digits.</summary>
    Group,
    /// <summary>小类, four digits.</summary>
    Class,
}
