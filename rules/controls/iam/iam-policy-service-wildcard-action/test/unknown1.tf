variable "worker_actions" {
  type        = list(string)
  description = "Actions the batch worker may call on its queue"
}

resource "aws_iam_policy" "batch_worker" {
  name = "batch-worker"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = var.worker_actions
      Resource = "arn:aws:sqs:eu-west-1:111122223333:batch"
    }]
  })
}
