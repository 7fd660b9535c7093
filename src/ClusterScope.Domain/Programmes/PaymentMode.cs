namespace ClusterScope.Domain.Programmes;

/// <summary>How a programme reaches the enterprises it supports.</summary>
public enum PaymentMode
{
    /// <summary>Paid without an application (免申即享): the government's own data decide who qualifies.</summary>
    Automatic,

    /// <summary>Paid to enterprises that apply and are approved.</summary>
    OnApplication,
}
