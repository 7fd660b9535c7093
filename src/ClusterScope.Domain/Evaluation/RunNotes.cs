namespace ClusterScope.Domain.Evaluation;

/// <summary>A run's notes in English and Chinese, kept in step: the i-th Chinese note says the i-th English one.</summary>
internal sealed class RunNotes
{
    private readonly List<string> en = [];
    private readonly List<string> zh = [];

    public IReadOnlyList<string> En => en;

    public IReadOnlyList<string> Zh => zh;

    public void Add(string english, string chinese)
    {
        en.Add(english);
        zh.Add(chinese);
    }
}
