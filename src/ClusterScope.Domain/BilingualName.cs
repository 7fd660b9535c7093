namespace ClusterScope.Domain;

/// <summary>Something named in English and, where the data give it, in Chinese.</summary>
public interface IBilingualName
{
    /// <summary>The English name (the one every file must give).</summary>
    string Name { get; }

    /// <summary>The Chinese name; null when the file gives none.</summary>
    string? NameZh { get; }
}

/// <summary>Picks the name a reader sees.</summary>
public static class BilingualNames
{
    /// <summary>The Chinese name for a Chinese reader when there is one, else the English name.</summary>
    public static string NameIn(this IBilingualName item, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(item);
        return chinese && !string.IsNullOrWhiteSpace(item.NameZh) ? item.NameZh : item.Name;
    }
}
