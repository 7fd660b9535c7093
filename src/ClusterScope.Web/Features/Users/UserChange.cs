namespace ClusterScope.Web.Features.Users;

/// <summary>What became of a user change: done, refused with messages per field, the user is gone, or a conflict.</summary>
public sealed record UserChange(UserChangeStatus Status, IReadOnlyDictionary<string, string[]>? Errors = null, string? UserId = null)
{
    /// <summary>Done.</summary>
    public static UserChange Done(string userId) => new(UserChangeStatus.Done, UserId: userId);

    /// <summary>No such user.</summary>
    public static readonly UserChange NotFound = new(UserChangeStatus.NotFound);

    /// <summary>Someone else changed the user since the form was opened.</summary>
    public static readonly UserChange Conflict = new(UserChangeStatus.Conflict);

    /// <summary>Refused: one message for one field.</summary>
    public static UserChange Invalid(string field, string message) => new(UserChangeStatus.Invalid, new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>The outcome kinds of a user change.</summary>
public enum UserChangeStatus
{
    /// <summary>Saved.</summary>
    Done,

    /// <summary>Bad input; nothing was saved.</summary>
    Invalid,

    /// <summary>No such user.</summary>
    NotFound,

    /// <summary>The user was changed by someone else since the form was opened; nothing was saved.</summary>
    Conflict,
}
