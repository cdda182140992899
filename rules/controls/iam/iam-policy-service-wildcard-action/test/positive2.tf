data "aws_iam_policy_document" "queue_worker" {
  statement {
    actions   = ["sqs:*"]
    resources = ["arn:aws:sqs:eu-west-1:111122223333:orders"]
  }
}

resource "aws_iam_role_policy" "queue_worker" {
  name   = "queue-worker"
  role   = "orders-worker"
  policy = data.aws_iam_policy_document.queue_worker.json
}
