"""What the plan says on a topic asked about («står det noe om foreldre i planen?»)."""
