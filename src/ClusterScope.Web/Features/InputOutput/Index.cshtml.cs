using ClusterScope.Data.InputOutput;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.InputOutput;

/// <summary>The input-output page: pick a table and a regionalisation, read multipliers and linkages, run a scenario by form
/// or shock file and download its impact by sector. Nothing is stored.</summary>
public sealed class IndexModel(IoWorkbench workbench) : PageModel
{
    /// <summary>Largest shock file accepted.</summary>
    public const long MaxShockBytes = 1 << 20;

    [BindProperty(SupportsGet = true)] public string? Table { get; set; }
    [BindProperty(SupportsGet = true)] public string? Method { get; set; }
    [BindProperty(SupportsGet = true)] public string? Delta { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Profile { get; set; }
    [BindProperty] public string Kind { get; set; } = "final-demand";
    [BindProperty] public string? Sector { get; set; }
    [BindProperty] public double? Amount { get; set; }
    [BindProperty] public IFormFile? Shock { get; set; }
    [BindProperty] public string? Download { get; set; }
    [BindProperty] public int ScenarioType { get; set; } = 2;

    public IReadOnlyList<IoTableEntry> Tables { get; private set; } = [];

    public IoQuery? Query { get; private set; }

    public IoSetup? Setup { get; private set; }

    public IReadOnlyList<SectorMultipliers> Multipliers { get; private set; } = [];

    public IReadOnlyList<IoResults.SectorImpact>? Impact { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The profile of the chosen sector (the first sector by default).</summary>
    public SectorProfile? SectorProfile { get; private set; }

    public void OnGet() => Load();

    /// <summary>Runs the scenario (nothing is stored); <c>Download=csv</c> answers the impact by sector as a file.</summary>
    public async Task<IActionResult> OnPostScenarioAsync(CancellationToken ct)
    {
        if (!Load())
        {
            return Page();
        }

        var (shock, problem) = await ShockAsync(ct);
        if (problem is not null)
        {
            Errors = [problem];
            return Page();
        }

        try
        {
            Impact = IoResults.BySector(IoWorkbench.Scenario(Setup!, shock!, Kind == "output-change", ScenarioType == 2), Setup!.Table);
        }
        catch (ArgumentException e)
        {
            Errors = [Ui.IsChinese ? "产出变化情景只针对一个部门：请只给出一个部门。" : e.Message];
            return Page();
        }

        var name = $"io-impact-{Query!.Table}-{Query.Method}";
        return Download switch
        {
            "csv" => File(System.Text.Encoding.UTF8.GetBytes(IoResults.Csv(Impact)), "text/csv; charset=utf-8", name + ".csv"),
            "xlsx" => File(await IoResults.XlsxAsync(Impact, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
            _ => Page(),
        };
    }

    private bool Load()
    {
        Tables = workbench.Tables();
        var (query, errors) = IoQuery.Parse(Table, Method, Delta, Type, defaultType: 1);
        if (query is not null)
        {
            (Setup, errors) = query.Prepare(workbench);
        }

        Query = query;
        if (Setup is null)
        {
            Errors = [.. errors.In(Ui.IsChinese).Values.SelectMany(v => v)];
            return false;
        }

        Multipliers = IoAnalysis.Multipliers(Setup, query!.Type);
        SectorProfile = InputOutput.SectorProfile.Of(Setup, Profile) ?? InputOutput.SectorProfile.Of(Setup, Setup.Table.Sectors[0].Code);
        return true;
    }

    private async Task<(double[]? Shock, string? Problem)> ShockAsync(CancellationToken ct)
    {
        var table = Setup!.Table;
        if (Shock is { Length: > 0 } upload)
        {
            if (upload.Length > MaxShockBytes)
            {
                return (null, Ui.IsChinese ? "冲击文件超过 1 MB。" : "The shock file is larger than 1 MB.");
            }

            // The reader names the file, row and field; it reads from disk, so the upload is kept under its own name for the messages.
            var folder = Directory.CreateTempSubdirectory("io-shock-");
            try
            {
                var path = Path.Combine(folder.FullName, Path.GetFileName(upload.FileName) is { Length: > 0 } name ? name : "shock.csv");
                await using (var file = System.IO.File.Create(path))
                {
                    await upload.CopyToAsync(file, ct);
                }

                return (IoAnalysis.ReadShock(path, table), null);
            }
            catch (InvalidDataException e)
            {
                return (null, e.Message);
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }

        var index = table.Sectors.ToList().FindIndex(s => s.Code == Sector);
        if (index < 0)
        {
            return (null, Ui.IsChinese ? "请选择部门，或上传冲击文件（sector,value）。" : "Choose a sector, or upload a shock file (sector,value).");
        }

        if (Amount is not { } amount || !double.IsFinite(amount) || amount == 0)
        {
            return (null, Ui.IsChinese ? "请填写非零金额（亿元）。" : "Give a non-zero amount (100m CNY).");
        }

        var shock = new double[table.Sectors.Count];
        shock[index] = amount * IoResults.TableUnitsPerHundredMillion;
        return (shock, null);
    }
}
