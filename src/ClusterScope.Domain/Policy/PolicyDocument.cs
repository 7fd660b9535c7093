namespace ClusterScope.Domain.Policy;

/// <summary>A document of the policy library: a plan, opinion, measure, interpretation, notice or research report behind the
/// cluster programme, with bilingual titles and a summary written for the library.</summary>
public sealed class PolicyDocument
{
    /// <summary>Short stable code, e.g. <c>sc-2009-33</c>.</summary>
    public required string Code { get; set; }

    /// <summary>Chinese title.</summary>
    public required string TitleZh { get; set; }

    /// <summary>English title.</summary>
    public required string TitleEn { get; set; }

    /// <summary>Whether the Chinese title is the official one or a translation made for the library.</summary>
    public string? TitleZhStatus { get; set; }

    /// <summary>Issuer in Chinese.</summary>
    public required string IssuerZh { get; set; }

    /// <summary>Issuer in English.</summary>
    public required string IssuerEn { get; set; }

    /// <summary>Document number (文号), e.g. 国发〔2009〕33号; empty where the document has none.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>Date issued; empty where the source gives none.</summary>
    public DateOnly? Issued { get; set; }

    /// <summary>Date it takes effect, where it differs from <see cref="Issued"/>.</summary>
    public DateOnly? Effective { get; set; }

    /// <summary>What the source says of its publication date (free text).</summary>
    public string? PublicationNote { get; set; }

    /// <summary>Issuing level.</summary>
    public PolicyLevel Level { get; set; }

    /// <summary>Type: plan, opinion, measure, interpretation, notice, research report, overview, standard.</summary>
    public required string Type { get; set; }

    /// <summary>Topics separated by ";".</summary>
    public string Topics { get; set; } = "";

    /// <summary>Where the document was published.</summary>
    public string? Source { get; set; }

    /// <summary>A link to the source, where one is known.</summary>
    public string? SourceUrl { get; set; }

    /// <summary>Summary in English, written for the library (not a quotation).</summary>
    public required string SummaryEn { get; set; }

    /// <summary>Summary in Chinese, written for the library (not a quotation).</summary>
    public required string SummaryZh { get; set; }

    /// <summary>The full text, where an administrator attached it.</summary>
    public string? FullText { get; set; }

    /// <summary>In force, amended or repealed.</summary>
    public PolicyStatus Status { get; set; }

    /// <summary>The code of the document that amends or replaces this one.</summary>
    public string? SupersededBy { get; set; }

    /// <summary>Codes of the plans, categories and programmes the document underlies, separated by ";".</summary>
    public string Related { get; set; } = "";

    /// <summary>When the record was last added or changed (UTC); drives the Atom feed.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>Topics as a list.</summary>
    public IReadOnlyList<string> TopicList() => Topics.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
