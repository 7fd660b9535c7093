using ClusterScope.Data.Analysis;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Analysis;

public sealed class IndexModel(AnalysisDatasets datasets) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Dataset { get; set; } = AnalysisDatasets.All[0].Code;
    [BindProperty(SupportsGet = true)] public string Measure { get; set; } = "lq";
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public double Threshold { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public string? Variant { get; set; }

    public AnalysisTable? Table { get; private set; }

    public AnalysisDataset? Data { get; private set; }

    public int? UsedYear { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string DownloadUrl => QueryLinks.With(Request, ("format", "csv")).Replace("/analysis", "/api/v1/analysis", StringComparison.Ordinal);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var request = new AnalysisRequest(Dataset, Measure, Year, Threshold, string.IsNullOrWhiteSpace(Variant) ? null : Variant);
        Errors = request.Validate();
        if (Errors.Count > 0)
        {
            return;
        }

        try
        {
            (Table, UsedYear, Data) = await request.RunAsync(datasets, Ui.IsChinese, ct);
        }
        catch (ArgumentException e)
        {
            Errors = new Dictionary<string, string[]> { ["variant"] = [e.Message] };
        }
    }
}
