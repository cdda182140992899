resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_group" "developers" {
  name = "developers"
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.developers.name]
}

resource "aws_iam_group_policy_attachment" "developers_readonly" {
  group      = aws_iam_group.developers.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "ci" {
  name       = "ci"
  policy_arn = "arn:aws:iam::aws:policy/AWSCodeBuildDeveloperAccess"
  roles      = ["ci-runner"]
  groups     = [aws_iam_group.developers.name]
  users      = []
}
